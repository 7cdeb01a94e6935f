package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChoresTest {

    @TempDir
    Path dir;

    @Test
    void staleHiddenExportAndCreateFilesBesideRecentPlansAreRemovedAtStart() throws Exception {
        DataFolder folder = DataFolder.at(dir.resolve("data"));
        Path plans = Files.createDirectories(dir.resolve("Plannen"));
        TestPlans.create(plans, "plan.mviplan").close();
        AppSettings.load(folder).addRecentPlan(plans.resolve("plan.mviplan"));
        Path part = old(Files.writeString(plans.resolve(".Actieplan.docx.81234567.part"), "half"));
        Path create = old(Files.writeString(plans.resolve(".nieuw.mviplan.12-34.nieuw"), "half"));
        Path inData = old(Files.writeString(folder.root().resolve(".Werkboek.xlsx.-42.part"), "half"));
        Path running = Files.writeString(plans.resolve(".Lopend.docx.99.part"), "bezig");
        Path users = old(Files.writeString(plans.resolve("mijn.part"), "van de gebruiker"));

        assertEquals(3, StartupChores.removeLeftovers(folder));

        assertFalse(Files.exists(part));
        assertFalse(Files.exists(create));
        assertFalse(Files.exists(inData));
        assertTrue(Files.exists(running), "an export that may still be running keeps its file");
        assertTrue(Files.exists(users), "not a file of ours");
        assertTrue(Files.exists(plans.resolve("plan.mviplan")));
    }

    @Test
    void sqliteNativeLibraryIsExtractedOnceAndTwoStartsAtOnceLogNoSevere() throws Exception {
        Path home = dir.resolve("data");
        String first = runUntilReadyThenKill(home, 1);
        List<String> afterFirst = tmpFiles(home);
        assertEquals(1, afterFirst.size(), "one folder with this version's library: " + afterFirst);
        assertTrue(afterFirst.get(0).startsWith("native-"), afterFirst.toString());
        String both = runUntilReadyThenKill(home, 2);
        assertEquals(afterFirst, tmpFiles(home), "later starts, even killed ones, add nothing to tmp/");
        assertFalse((first + both).contains("SEVERE"), first + both);
    }

    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }

    /** Starts {@code count} apps at once, waits until each has SQLite loaded, then kills them all. */
    private static String runUntilReadyThenKill(Path home, int count) throws Exception {
        List<Process> apps = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try {
            for (int i = 0; i < count; i++) {
                apps.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), HoldSqliteOpen.class.getName(), home.toString())
                        .redirectErrorStream(true).start());
            }
            for (Process app : apps) {
                BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = out.readLine()) != null && !line.equals("ready")) {
                    output.append(line).append('\n');
                }
                assertEquals("ready", line, output.toString());
            }
        } finally {
            for (Process app : apps) {
                app.destroyForcibly().waitFor();
            }
        }
        return output.toString();
    }

    private static List<String> tmpFiles(Path home) throws IOException {
        try (var files = Files.walk(home.resolve("tmp"))) {
            return files.filter(Files::isRegularFile).map(p -> home.resolve("tmp").relativize(p).toString())
                    .sorted().toList();
        }
    }
}
