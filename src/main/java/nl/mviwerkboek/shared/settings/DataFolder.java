package nl.mviwerkboek.shared.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where the app keeps settings, recent plans, backups, logs and the sample plan,
 * resolved per operating system and overridable with {@code -Dmvi.home=DIR}.
 */
public final class DataFolder {

    /** System property that overrides the data folder. */
    public static final String HOME_PROPERTY = "mvi.home";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /** The data folder at a given place (tests and the {@code mvi.home} override). */
    public static DataFolder at(Path root) {
        return new DataFolder(root.toAbsolutePath().normalize());
    }

    /** The data folder of this user on this machine. */
    public static DataFolder resolve() {
        return at(resolvePath(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), System.getenv()));
    }

    /** Where the data folder lies for an operating system, home folder and environment. */
    static Path resolvePath(String override, String osName, Path home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("LOCALAPPDATA");
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Local");
            return base.resolve("MVI Werkboek");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MVI Werkboek");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("mvi-werkboek");
    }

    /** The folder itself. */
    public Path root() {
        return ensure(root);
    }

    /** Copies made before migrations and by "Back-up maken". */
    public Path backups() {
        return ensure(root.resolve("backups"));
    }

    /** Log files. */
    public Path logs() {
        return ensure(root.resolve("logs"));
    }

    /**
     * The log file this process (the app or the command line) writes, which its error messages name:
     * {@code mvi-werkboek-0.log}, or {@code mvi-werkboek-p<n>-0.log} while another process writes that.
     */
    public Path logFile() {
        return ProcessLogFile.in(logs());
    }

    /** Fresh copies of the sample plan. */
    public Path samples() {
        return ensure(root.resolve("voorbeeld"));
    }

    /** SQLite's native library, extracted once per version ({@code org.sqlite.lib.path}). */
    public Path temp() {
        return ensure(root.resolve("tmp"));
    }

    /** Lock files named by a plan's file key, which catch a plan opened through a hard link. */
    public Path locks() {
        return ensure(root.resolve("locks"));
    }

    /** The settings file. */
    public Path settingsFile() {
        return root().resolve("settings.properties");
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create folder " + dir, e);
        }
    }
}
