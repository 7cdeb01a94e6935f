package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.settings.DataFolder;

/** A stand-in for another running app: logs to a data folder, says to which file, and runs until it is killed. */
public final class HoldLogOpen {

    private HoldLogOpen() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = DataFolder.at(Path.of(args[0]));
        AppLogging.configureForCommandLine(folder);
        Logger.getLogger(HoldLogOpen.class.getName()).info("the other app logs here");
        System.out.println("logging " + folder.logFile());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
