package nl.mviwerkboek.shared.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import nl.mviwerkboek.shared.settings.AppSettings;

/**
 * Where a file chooser starts: the folder last used for that kind of file (plans, spend imports, exports),
 * else the folder of the open plan; a chosen file's folder is remembered in the settings.
 */
public final class ChooserFolders {

    /** Plan files (.mviplan): open, save as. */
    public static final String PLAN = "plan";
    /** Spend and contract exports to import. */
    public static final String IMPORT = "import";
    /** Reports, pictures and documents the app writes. */
    public static final String EXPORT = "export";

    private final AppSettings settings;
    private final Supplier<Optional<Path>> planFolder;

    /** Folders remembered in {@code settings}; {@code planFolder} gives the open plan's folder, if any. */
    public ChooserFolders(AppSettings settings, Supplier<Optional<Path>> planFolder) {
        this.settings = settings;
        this.planFolder = planFolder;
    }

    /** The folder a chooser for {@code kind} starts in, if there is one that exists. */
    public Optional<Path> startFor(String kind) {
        return settings.lastFolder(kind).or(() -> planFolder.get().filter(Files::isDirectory));
    }

    /** Lets {@code chooser} start in the folder for {@code kind}. */
    void apply(FileChooser chooser, String kind) {
        startFor(kind).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
    }

    /** Remembers the folder of {@code chosen} for {@code kind}; returns the file. */
    File remember(String kind, File chosen) {
        if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            settings.setLastFolder(kind, chosen.getAbsoluteFile().getParentFile().toPath());
        }
        return chosen;
    }
}
