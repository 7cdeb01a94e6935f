package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.OpenPlans;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code MviWerkboekApp.stop()} does after Cmd+Q or a logout: the open plan is closed safely, within a bound. */
class OsQuitTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aRunningWriteAndAQueuedEditAreSavedAndThePlanClosedBeforeTheAppEnds() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        PlanDatabase db = TestPlans.create(dir, "plan.mviplan");
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Integer> slow = db.write(c -> {
            running.countDown();
            pause(700);
            return c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 4321");
        });
        CompletableFuture<Integer> queued = db.write(c -> c.createStatement()
                .executeUpdate("UPDATE plan SET organisation_name = 'Bewaard bij afsluiten'"));
        assertTrue(running.await(10, TimeUnit.SECONDS));

        assertEquals(List.of(), OsQuit.closeOpenPlans(() -> { }, LONG, LONG));
        assertTrue(slow.isDone() && !slow.isCompletedExceptionally() && queued.isDone() && !queued.isCompletedExceptionally());
        assertFalse(Files.exists(nl.mviwerkboek.shared.db.PlanLock.lockFileOf(file)), "closed cleanly: no lock file left");
        try (PlanDatabase again = TestPlans.files(dir).open(file)) {
            assertEquals(4321, again.read(new ProfileStorage()::load).join().inhabitants());
            assertEquals("Bewaard bij afsluiten", again.read(new ProfileStorage()::load).join().organisationName());
        }
    }

    @Test
    void aJobThatRunsOnIsCancelledAfterTheFirstWaitAndRollsBackBeforeThePlanCloses() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        PlanDatabase db = TestPlans.create(dir, "plan.mviplan");
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Void> importing = db.write(c -> {
            c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 999");
            running.countDown();
            while (!cancelled.get()) {
                pause(20); // a long import that polls its job's cancel
            }
            throw new java.util.concurrent.CancellationException("import cancelled");
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));

        long start = System.nanoTime();
        assertEquals(List.of(), OsQuit.closeOpenPlans(() -> cancelled.set(true), Duration.ofMillis(300), LONG));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
        assertThrows(CompletionException.class, importing::join);
        try (PlanDatabase again = TestPlans.files(dir).open(file)) {
            assertEquals(null, again.read(new ProfileStorage()::load).join().inhabitants(), "the cancelled write rolled back");
        }
    }

    @Test
    void aWriteThatOutlastsTheBoundKeepsItsLockAndTheWaitEnds() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        PlanDatabase db = TestPlans.create(dir, "plan.mviplan");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> stuck = db.write(c -> {
            running.countDown();
            pause(release); // ignores every cancel
            return c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 55");
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));

        long start = System.nanoTime();
        List<Path> open = OsQuit.closeOpenPlans(() -> { }, Duration.ofMillis(200), Duration.ofMillis(200));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "the wait is bounded");
        assertTrue(open.contains(db.file()), open.toString());
        assertTrue(Files.exists(nl.mviwerkboek.shared.db.PlanLock.lockFileOf(file)), "the lock is kept under the running write");
        PlanFileException refused = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(file));
        assertEquals(PlanFileException.Problem.LOCKED, refused.problem());

        release.countDown();
        assertEquals(1, stuck.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < 200 && OpenPlans.files().contains(db.file()); i++) {
            Thread.sleep(25); // the close started at the end goes on and finishes after the write
        }
        assertFalse(OpenPlans.files().contains(db.file()));
        assertFalse(Files.exists(nl.mviwerkboek.shared.db.PlanLock.lockFileOf(file)));
    }

    @Test
    void theApplicationsStopClosesAPlanThatIsStillOpen() throws Exception {
        Path file = dir.resolve("plan.mviplan");
        PlanDatabase db = TestPlans.create(dir, "plan.mviplan");
        db.write(c -> {
            pause(300);
            return c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 12");
        });

        new MviWerkboekApp().stop(); // what JavaFX calls after Cmd+Q, without the window's own exit

        assertFalse(OpenPlans.files().contains(db.file()));
        assertFalse(Files.exists(nl.mviwerkboek.shared.db.PlanLock.lockFileOf(file)));
        try (PlanDatabase again = TestPlans.files(dir).open(file)) {
            assertEquals(12, again.read(new ProfileStorage()::load).join().inhabitants());
        }
    }

    private static void pause(long millis) {
        pause(new CountDownLatch(1), millis);
    }

    private static void pause(CountDownLatch latch) {
        pause(latch, 60_000);
    }

    private static void pause(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
