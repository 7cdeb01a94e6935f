package nl.mviwerkboek.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of a large plan (the daily automatic backup, a copy by hand) does not hold up edits: it runs
 * on a read-only connection of its own, and still holds every edit asked for before it (ADR 0028).
 * Without that, the edit waits on the database thread until the copy has ended.
 */
class BackupWhileEditingTest {

    /** Ballast that makes copying take a noticeable time (hundreds of milliseconds here). */
    private static final int MEGABYTES = 80;

    @TempDir
    Path dir;

    @Test
    void anEditAskedForWhileALargePlanIsCopiedIsSavedBeforeTheCopyEnds() throws Exception {
        try (PlanDatabase db = large()) {
            CompletableFuture<Integer> before = db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 1"));
            long start = System.nanoTime();
            CompletableFuture<Path> copy = db.copyTo(dir.resolve("kopie.mviplan"));
            CompletableFuture<Integer> during = db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 2"));
            during.get(30, TimeUnit.SECONDS);
            long edit = System.nanoTime() - start;
            assertFalse(copy.isDone(), "the edit was saved while the copy still ran");
            copy.get(60, TimeUnit.SECONDS);
            long whole = System.nanoTime() - start;
            System.out.printf("copy of %d MB: %d ms; edit asked for meanwhile saved after %d ms%n",
                    MEGABYTES, whole / 1_000_000, edit / 1_000_000);
            assertTrue(before.isDone());
        }
        try (PlanDatabase copy = TestPlans.files(dir).open(dir.resolve("kopie.mviplan"))) {
            int inhabitants = copy.read(new ProfileStorage()::load).join().inhabitants();
            // a committed state from after the copy was asked for: the edit before it is in, the one during may be
            assertTrue(inhabitants == 1 || inhabitants == 2, "the edit asked for before is in it: " + inhabitants);
        }
    }

    @Test
    void theDailyBackupIsMadeAndVerifiedWhileEditsGoOn() throws Exception {
        AutoBackups auto = new AutoBackups(dir.resolve("backups"), () -> LocalDateTime.of(2026, 12, 2, 9, 0));
        try (PlanDatabase db = large()) {
            auto.watch(db);
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 3")).join(); // first of the day
            for (int i = 0; i < 5; i++) {
                int value = 10 + i;
                db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = " + value)).get(30, TimeUnit.SECONDS);
            }
            Optional<Path> made = auto.latest().get(60, TimeUnit.SECONDS);
            assertTrue(made.isPresent() && Files.isRegularFile(made.get()), made.toString());
            BackupSummary summary = new BackupService(dir.resolve("backups"), LocalDateTime::now).summary(made.get());
            assertEquals("Testgemeente", summary.organisation(), "a verified, readable plan");
            try (var left = Files.list(made.get().getParent())) {
                assertEquals(1, left.count(), "only the kept backup: no hidden copy left");
            }
            assertEquals(14, db.read(new ProfileStorage()::load).join().inhabitants());
        }
    }

    /** A plan with {@link #MEGABYTES} MB of incompressible ballast, checkpointed, so a copy takes a while. */
    private PlanDatabase large() throws Exception {
        PlanDatabase db = TestPlans.create(dir, "groot.mviplan");
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE ballast(x BLOB)");
                st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + MEGABYTES + ") "
                        + "INSERT INTO ballast SELECT randomblob(1048576) FROM n");
            }
            return null;
        }).join();
        db.read(c -> null).join(); // the checkpoint that follows a large write
        return db;
    }
}
