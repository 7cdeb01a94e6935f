package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.ui.Dialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected error is written to the log in the data folder and shown once, with the details to copy. */
class ErrorPresenterTest {

    @TempDir
    Path home;

    @Test
    void anUnexpectedErrorGoesToTheLogFileAndToTheFriendlyDialog() throws Exception {
        List<Object[]> shown = new ArrayList<>();
        Dialogs dialogs = (Dialogs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dialogs.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("showUnexpected")) {
                        shown.add(args);
                    }
                    return null;
                });
        DataFolder folder = DataFolder.at(home.resolve("nog-niet-gemaakt"));
        AppLogging.configure(folder);
        try {
            new ErrorPresenter(dialogs, folder.logFile()).accept(new IllegalStateException("Kapotte knop in Focus"));
        } finally {
            for (Handler h : Logger.getLogger("").getHandlers()) {
                if (h instanceof FileHandler) {
                    Logger.getLogger("").removeHandler(h);
                    h.close();
                }
            }
        }
        assertEquals(1, shown.size());
        assertEquals("Er ging iets mis", shown.get(0)[0]);
        assertTrue(((String) shown.get(0)[1]).contains("Je plan is veilig"));
        String details = (String) shown.get(0)[2];
        assertTrue(details.startsWith("MVI Werkboek ") && details.contains("Java ")
                && details.contains("IllegalStateException: Kapotte knop in Focus"), details);
        // the message names the log file, and that file exists and holds the error
        assertTrue(((String) shown.get(0)[1]).contains(folder.logFile().toString()), (String) shown.get(0)[1]);
        String log = Files.readString(folder.logFile());
        assertTrue(log.contains("Unexpected error") && log.contains("Kapotte knop in Focus"), log);
    }

    @Test
    void aFullDiskIsNamedWithItsFolderAndTheSpaceLeftNotAsAnUnexpectedError() {
        List<Object[]> problems = new ArrayList<>();
        List<Object[]> unexpected = new ArrayList<>();
        Dialogs dialogs = (Dialogs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dialogs.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("showProblem")) {
                        problems.add(args);
                    } else if (method.getName().equals("showUnexpected")) {
                        unexpected.add(args);
                    }
                    return null;
                });
        var full = nl.mviwerkboek.shared.db.DiskFullException.of(home.resolve("plan.mviplan"),
                new java.sql.SQLException("[SQLITE_FULL] database or disk is full", null, 13));
        new ErrorPresenter(dialogs, home.resolve("logs").resolve("mvi-werkboek-0.log"))
                .accept(new java.util.concurrent.CompletionException(full));
        assertEquals(0, unexpected.size());
        assertEquals(1, problems.size());
        assertEquals("De schijf is vol", problems.get(0)[0]);
        String message = (String) problems.get(0)[1];
        assertTrue(message.contains("de map " + home.toAbsolutePath() + " (nog ") && message.contains(" vrij)"), message);
        assertTrue(message.contains("niet bewaard"), message);
    }
}
