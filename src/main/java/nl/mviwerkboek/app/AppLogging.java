package nl.mviwerkboek.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import nl.mviwerkboek.shared.settings.DataFolder;

/** Sends the app's log to rotating files in the data folder's log folder, created at start. */
final class AppLogging {

    private AppLogging() {
    }

    /** The window: warnings also go to the console. */
    static void configure(DataFolder folder) {
        configure(folder, Level.WARNING);
    }

    /** The command line: nothing goes to the console but what {@code CliOutput} prints, the rest to the log file. */
    static void configureForCommandLine(DataFolder folder) {
        configure(folder, Level.OFF);
    }

    private static void configure(DataFolder folder, Level console) {
        Logger root = Logger.getLogger("");
        try {
            Path logFile = folder.logFile(); // creates the folder
            // %g counts 0, 1, ...: the current file is logFile (-0); older ones rotate to -1 … -4
            String pattern = logFile.toString().replace("-0.log", "-%g.log");
            FileHandler file = new FileHandler(pattern, 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file in the data folder", e);
        }
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(console);
            }
        }
    }
}
