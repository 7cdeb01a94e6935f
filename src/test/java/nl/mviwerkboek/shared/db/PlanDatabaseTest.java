package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aFailingWriteListenerDoesNotTurnACommittedChangeIntoAFailure() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            db.addWriteListener(() -> {
                throw new IllegalStateException("a listener that breaks");
            });
            db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CREATE TABLE probe (x)");
                    st.execute("INSERT INTO probe VALUES (1)");
                }
                return null;
            }).join(); // before: failed with the listener's exception although the row was committed
            assertEquals("1", scalar(db, "SELECT count(*) FROM probe"));
        }
    }

    @Test
    void newPlanIsAtLatestSchemaWithForeignKeysAndWal() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            assertEquals(1, (int) db.read(c -> Migrator.pragmaInt(c, "foreign_keys")).join());
            assertEquals("wal", scalar(db, "PRAGMA journal_mode"));
        }
    }

    @Test
    void bulkWriteRunsWithoutForeignKeyLookupsAndSwitchesThemOnAgainAlsoAfterAFailure() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            assertEquals(0, (int) db.bulkWrite(c -> Migrator.pragmaInt(c, "foreign_keys")).join());
            assertEquals(1, (int) db.read(c -> Migrator.pragmaInt(c, "foreign_keys")).join());
            assertThrows(CompletionException.class, () -> db.bulkWrite(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE plan SET organisation_name = 'Gewijzigd'");
                    st.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }).join());
            assertEquals("Testgemeente", scalar(db, "SELECT organisation_name FROM plan"));
            assertEquals(1, (int) db.read(c -> Migrator.pragmaInt(c, "foreign_keys")).join());
        }
    }

    @Test
    void writeThatFailsLeavesThePlanAsItWas() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            CompletionException failure = assertThrows(CompletionException.class, () -> db.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE plan SET organisation_name = 'Gewijzigd'");
                    st.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }).join());
            assertTrue(failure.getCause() instanceof DatabaseException);
            assertEquals("Testgemeente", scalar(db, "SELECT organisation_name FROM plan"));
        }
    }

    @Test
    void databaseWorkRunsOnOneThreadThatIsNotTheCaller() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            String first = db.read(c -> Thread.currentThread().getName()).join();
            String second = db.write(c -> Thread.currentThread().getName()).join();
            assertEquals(first, second);
            assertTrue(first.startsWith("mvi-db"));
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndTheFileKept() throws Exception {
        Path file = dir.resolve("bestaand.mviplan");
        Files.writeString(file, "mijn gegevens");
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.create(dir, "bestaand.mviplan"));
        assertEquals(Problem.ALREADY_EXISTS, e.problem());
        assertEquals("mijn gegevens", Files.readString(file));
    }

    @Test
    void fileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("notities.mviplan");
        byte[] content = "Dit is een tekstbestand, geen plan.".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        assertProblem(Problem.NOT_A_PLAN, file);
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void sqliteFileOfAnotherProgramIsNotAPlan() throws Exception {
        Path file = dir.resolve("ander.mviplan");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("CREATE TABLE x (y TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        assertProblem(Problem.NOT_A_PLAN, file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damagedPlanIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        assertProblem(Problem.DAMAGED, file);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void planFromANewerVersionIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("nieuw.mviplan");
        TestPlans.create(dir, "nieuw.mviplan").close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("PRAGMA user_version = " + (Migrator.latestVersion() + 5));
            c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        assertProblem(Problem.NEWER_VERSION, file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void readOnlyPlanIsRefused() throws Exception {
        Path file = dir.resolve("alleenlezen.mviplan");
        TestPlans.create(dir, "alleenlezen.mviplan").close();
        assertTrue(file.toFile().setWritable(false));
        try {
            assertProblem(Problem.READ_ONLY, file);
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void missingFileIsReported() {
        assertProblem(Problem.NOT_FOUND, dir.resolve("weg.mviplan"));
    }

    @Test
    void secondOpenOfTheSamePlanIsLockedAndFreedAfterClose() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        try (PlanDatabase first = TestPlans.create(dir, "plan.mviplan")) {
            assertProblem(Problem.LOCKED, file);
            assertEquals(Migrator.latestVersion(), (int) first.read(Migrator::schemaVersion).join());
        }
        TestPlans.files(dir).open(file).close();
        assertFalse(Files.exists(PlanLock.lockFileOf(file)));
    }

    @Test
    void lockLeftByACrashedAppIsRecovered() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        Files.writeString(PlanLock.lockFileOf(file), "4242@laptop-die-crashte\n");
        try (PlanDatabase db = TestPlans.files(dir).open(file)) {
            assertTrue(Files.readString(PlanLock.lockFileOf(file)).startsWith(ProcessHandle.current().pid() + "@"));
        }
    }

    @Test
    void planOfAnAppThatWasKilledOpensAgainWithItsSavedEdits() throws Exception {
        Path file = dir.resolve("crash.mviplan");
        TestPlans.create(dir, "crash.mviplan").close();
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.mviwerkboek.testsupport.HoldPlanOpen",
                file.toString(), dir.resolve("backups").toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("open ")) {
                // skip JavaFX and JVM warnings until the plan is open
            }
            assertProblem(Problem.LOCKED, file);
            app.destroyForcibly().waitFor();
        }
        assertTrue(Files.exists(PlanLock.lockFileOf(file)), "the crashed app left its lock file");
        try (PlanDatabase db = TestPlans.files(dir).open(file)) {
            assertEquals(777, db.read(new ProfileStorage()::load).join().inhabitants());
        }
    }

    @Test
    void replacingAFileRefusesAPlanThatIsOpenAndRemovesOneThatIsNot() throws Exception {
        Path file = dir.resolve("open.mviplan");
        try (PlanDatabase open = TestPlans.create(dir, "open.mviplan")) {
            PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).deleteIfUnused(file));
            assertEquals(Problem.LOCKED, e.problem());
            assertTrue(Files.exists(file));
        }
        TestPlans.files(dir).deleteIfUnused(file);
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(PlanLock.lockFileOf(file)));
    }

    @Test
    void copyIsAConsistentPlanOfItsOwn() throws Exception {
        Path copy = dir.resolve("kopie.mviplan");
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET organisation_name = 'Na wijziging'")).join();
            db.copyTo(copy).join();
        }
        try (PlanDatabase opened = TestPlans.files(dir).open(copy)) {
            assertEquals("Na wijziging", scalar(opened, "SELECT organisation_name FROM plan"));
        }
    }

    @Test
    void writeListenersHearAboutCommittedWritesOnly() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            int[] heard = {0};
            db.addWriteListener(() -> heard[0]++);
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 1")).join();
            assertThrows(CompletionException.class, () -> db.write(c -> {
                throw new SQLException("mislukt");
            }).join());
            assertEquals(1, heard[0]);
        }
    }

    private static String scalar(PlanDatabase db, String sql) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }).join();
    }

    private void assertProblem(Problem expected, Path file) {
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(file).close());
        assertEquals(expected, e.problem());
        if (expected != Problem.LOCKED) {
            assertFalse(Files.exists(PlanLock.lockFileOf(file)), "lock released after a refused open");
        }
    }

    @Test
    void workAskedForAfterClosingFailsAsCancelledNotAsAnError() throws Exception {
        PlanDatabase db = nl.mviwerkboek.testsupport.TestPlans.create(dir, "gesloten.mviplan");
        db.close();
        java.util.concurrent.CancellationException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CancellationException.class, () -> db.read(c -> 1).join());
        org.junit.jupiter.api.Assertions.assertEquals("Plan is closed", e.getCause().getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(db.write(c -> 1).isCompletedExceptionally());
    }
}
