package nl.mviwerkboek.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * macOS hands a double-clicked {@code .mviplan} to a running or starting app as an "open files" event, not
 * as an argument; this passes such files to the app. Elsewhere (Windows, Linux) the file arrives as the
 * argument and {@link StartRequest} reads it, so nothing is installed there.
 */
final class MacOpenFiles {

    private static final Logger LOG = Logger.getLogger(MacOpenFiles.class.getName());

    private MacOpenFiles() {
    }

    static void install(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> e.getFiles().stream().map(File::toPath)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mviplan"))
                        .findFirst().ifPresent(p -> Platform.runLater(() -> open.accept(p))));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not listen for files opened from the Finder", e);
        }
    }
}
