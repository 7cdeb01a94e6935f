package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan with two names (a hard link) whose app was killed while it had the plan open through one
 * name: the committed work in the log beside that name is never lost when it is opened through the
 * other name, and never replayed over newer work later (ADR 0028).
 */
class HardLinkCrashTest {

    @TempDir
    Path dir;

    @Test
    void openingThroughTheOtherNameFirstTakesInTheLogTheCrashedAppLeft() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        Path alias = Files.createLink(dir.resolve("alias.mviplan"), plan);
        killWhileOpen(plan); // wrote inhabitants = 777, committed into plan.mviplan-wal
        assertTrue(Files.size(dir.resolve("plan.mviplan-wal")) > 0, "the killed app left its log beside plan.mviplan");

        try (PlanDatabase db = TestPlans.files(dir).open(alias)) {
            assertEquals(777, db.read(new ProfileStorage()::load).join().inhabitants(), "the committed edit is there");
            assertFalse(Files.exists(dir.resolve("plan.mviplan-wal")), "the old log was taken into the file");
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 888")).join();
        }
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(888, db.read(new ProfileStorage()::load).join().inhabitants(), "no old log replayed over it");
        }
    }

    @Test
    void aLogThatCannotBeTakenInIsRefusedNamingTheOtherName() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        Path alias = Files.createLink(dir.resolve("alias.mviplan"), plan);
        killWhileOpen(plan);
        Path shm = dir.resolve("plan.mviplan-shm");
        Files.deleteIfExists(shm);
        Files.createDirectory(shm); // SQLite cannot open its shared memory beside that name

        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(alias));
        assertEquals(Problem.LOG_ELSEWHERE, e.problem());
        assertEquals(plan.toRealPath(), e.file(), "the message names the name to open it through");
        assertTrue(Files.size(dir.resolve("plan.mviplan-wal")) > 0, "the log is kept");
        assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(alias), "refused again, not opened without it");

        Files.delete(shm);
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(777, db.read(new ProfileStorage()::load).join().inhabitants(), "opening through that name recovers");
        }
        try (PlanDatabase db = TestPlans.files(dir).open(alias)) {
            assertEquals(777, db.read(new ProfileStorage()::load).join().inhabitants());
        }
    }

    /** Opens the plan in a child JVM through {@code name}, lets it commit an edit, and kills it. */
    private void killWhileOpen(Path name) throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "nl.mviwerkboek.testsupport.HoldPlanOpen",
                name.toString(), dir.resolve("backups").toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("open ")) {
                // skip JVM warnings until the plan is open
            }
            app.destroyForcibly().waitFor();
        }
    }
}
