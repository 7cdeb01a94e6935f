package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
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

/** While another app logs to the same data folder, this one's messages name the file this one writes (ADR 0028). */
class SecondProcessLogTest {

    @TempDir
    Path home;

    @Test
    void theUnexpectedErrorMessageNamesTheLogFileThatHoldsTheError() throws Exception {
        Process other = start();
        try {
            Path othersFile = Path.of(firstLine(other, "logging ").substring("logging ".length()));
            assertEquals(home.resolve("logs").resolve("mvi-werkboek-0.log"), othersFile, "the first app has -0.log");

            DataFolder folder = DataFolder.at(home);
            List<String> shown = new ArrayList<>();
            Dialogs dialogs = (Dialogs) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dialogs.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("showUnexpected")) {
                            shown.add((String) args[1]);
                        }
                        return null;
                    });
            AppLogging.configure(folder);
            try {
                new ErrorPresenter(dialogs, folder.logFile()).accept(new IllegalStateException("Fout in het tweede venster"));
            } finally {
                removeFileHandlers();
            }
            Path ours = folder.logFile();
            assertNotEquals(othersFile, ours);
            assertTrue(shown.get(0).contains(ours.toString()), shown.get(0));
            assertTrue(Files.readString(ours).contains("Fout in het tweede venster"), "the named file holds the error");
            assertFalse(Files.readString(othersFile).contains("Fout in het tweede venster"));
        } finally {
            other.destroyForcibly().waitFor();
        }
        Process next = start();
        try {
            assertEquals("logging " + home.resolve("logs").resolve("mvi-werkboek-0.log"), firstLine(next, "logging "),
                    "a killed app's number is free again");
        } finally {
            next.destroyForcibly().waitFor();
        }
    }

    private Process start() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLogOpen.class.getName(), home.toString())
                .redirectErrorStream(true).start();
    }

    private static String firstLine(Process process, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the other app ended without logging");
    }

    private static void removeFileHandlers() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof FileHandler) {
                Logger.getLogger("").removeHandler(h);
                h.close();
            }
        }
    }
}
