package nl.mviwerkboek.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the app's log to rotating files in the data folder's log folder. */
final class AppLogging {

    private AppLogging() {
    }

    static void configure(Path logFolder) {
        Logger root = Logger.getLogger("");
        try {
            FileHandler file = new FileHandler(logFolder.resolve("mvi-werkboek-%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file in " + logFolder, e);
        }
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(Level.WARNING);
            }
        }
    }
}
