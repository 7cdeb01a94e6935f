package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durable commits, and when opening a plan reads every page (issue 16, items 4 and 5). */
class PlanOpenChecksTest {

    @TempDir
    Path dir;

    @Test
    void openedPlanSyncsEveryCommit() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            assertEquals(2, (int) db.read(c -> Migrator.pragmaInt(c, "synchronous")).join(), "synchronous = FULL");
        }
        try (PlanDatabase db = TestPlans.files(dir).open(dir.resolve("plan.mviplan"))) {
            assertEquals(2, (int) db.read(c -> Migrator.pragmaInt(c, "synchronous")).join(), "synchronous = FULL");
            assertEquals("wal", db.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }).join());
        }
    }

    @Test
    void cleanlyClosedPlanLeavesNoSignOfBeingOpen() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        assertFalse(PlanFileChecks.leftOpen(plan));
        TestPlans.files(dir).open(plan).close();
        assertFalse(PlanFileChecks.leftOpen(plan), "a clean close removes the log and the lock file");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertTrue(PlanFileChecks.leftOpen(plan), "while open, the lock file is there");
        }
    }

    @Test
    void cleanlyClosedPlanOpensWithoutReadingEveryPage() throws Exception {
        Path plan = damagedDeepPage();
        // a damaged table page deep in the file is only found by reading every page: a clean plan is not read whole
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals("Testgemeente", db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT organisation_name FROM plan")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }).join());
            List<String> problems = db.checkIntegrity(() -> false, share -> { }).join();
            assertFalse(problems.isEmpty(), "Plan controleren finds the damage");
        }
    }

    @Test
    void emptyLogLeftByALookAtTheFileIsNoSignOfACrash() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        TestPlans.create(dir, "plan.mviplan").close();
        Files.write(plan.resolveSibling(plan.getFileName() + "-wal"), new byte[0]);
        assertFalse(PlanFileChecks.leftOpen(plan));
    }

    @Test
    void planLeftOpenByACrashIsCheckedWhole() throws Exception {
        Path plan = damagedDeepPage();
        Files.writeString(PlanLock.lockFileOf(plan), "4242@laptop-die-crashte\n");
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(plan));
        assertEquals(Problem.DAMAGED, e.problem());
    }

    @Test
    void planWithALeftoverWriteAheadLogIsCheckedWhole() throws Exception {
        Path plan = damagedDeepPage();
        Files.write(plan.resolveSibling(plan.getFileName() + "-wal"), new byte[32]);
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(plan));
        assertEquals(Problem.DAMAGED, e.problem());
    }

    @Test
    void checkingAPlanInOrderFindsNothingAndReportsProgressToTheEnd() throws Exception {
        try (PlanDatabase db = planWithRows(30_000)) {
            List<Double> shares = new ArrayList<>();
            assertEquals(List.of(), db.checkIntegrity(() -> false, shares::add).join());
            assertTrue(shares.size() > 2, "progress reported while checking: " + shares.size());
            assertEquals(1.0, shares.get(shares.size() - 1));
            for (int i = 1; i < shares.size(); i++) {
                assertTrue(shares.get(i) >= shares.get(i - 1));
            }
        }
    }

    @Test
    void cancelledCheckStopsAndThePlanStaysUsable() throws Exception {
        try (PlanDatabase db = planWithRows(3_000)) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> db.checkIntegrity(() -> true, share -> { }).join());
            assertTrue(e.getCause() instanceof CancellationException, String.valueOf(e.getCause()));
            assertEquals(List.of(), db.checkIntegrity(() -> false, share -> { }).join());
        }
    }

    /** An open plan with many stakeholders. */
    private PlanDatabase planWithRows(int rows) throws Exception {
        PlanDatabase db = TestPlans.create(dir, "plan.mviplan");
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT INTO stakeholder (name, role, involvement) VALUES (?, 'EXTERN', 'INFORMEREN')")) {
                for (int i = 0; i < rows; i++) {
                    st.setString(1, "Belanghebbende met een lange naam " + i);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        }).join();
        return db;
    }

    /** A closed plan with many rows whose last page is overwritten with junk. */
    private Path damagedDeepPage() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        planWithRows(3_000).close();
        try (RandomAccessFile raf = new RandomAccessFile(plan.toFile(), "rw")) {
            int pageSize = 4096;
            long last = raf.length() - pageSize;
            raf.seek(last);
            byte[] junk = new byte[pageSize];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
        return plan;
    }
}
