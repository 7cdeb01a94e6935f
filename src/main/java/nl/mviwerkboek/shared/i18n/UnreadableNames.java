package nl.mviwerkboek.shared.i18n;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File names the system cannot represent: under a locale without UTF-8 ({@code LANG=C}) Java cannot
 * make a path of a name with letters such as ë, and says so with an {@link InvalidPathException}.
 * This turns that into a Dutch explanation of what to do. See ADR 0021.
 */
public final class UnreadableNames {

    private UnreadableNames() {
    }

    /** The path of a name, or empty when this system cannot represent it. */
    public static Optional<Path> path(String name) {
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path of a file from a file chooser or a drop, or empty when this system cannot represent it. */
    public static Optional<Path> path(File file) {
        try {
            return Optional.of(file.toPath());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The title of the message. */
    public static String title() {
        return Messages.get("file.unreadableName.title");
    }

    /** What was wrong with the name and what to do. */
    public static String message(String name) {
        return Messages.get("file.unreadableName.message", name, System.getProperty("sun.jnu.encoding", "?"));
    }
}
