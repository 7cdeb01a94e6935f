package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a plan while a long write runs: the lock stays until the write has finished (issue 16, item 19). */
class PlanDatabaseCloseTest {

    @TempDir
    Path dir;

    @Test
    void closeWaitsForARunningWriteAndKeepsTheLockUntilItFinished() throws Exception {
        PlanDatabase db = TestPlans.create(dir, "lang.mviplan");
        Path file = db.file();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> write = db.write(c -> {
            writing.countDown();
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE plan SET inhabitants = 31415");
            }
            await(release);
            return 1;
        });
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        AtomicBoolean closeReturned = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            db.close();
            closeReturned.set(true);
        }, "closer");
        closer.start();
        closer.join(1_500);
        assertTrue(closer.isAlive(), "close waits while the write runs");
        PlanFileException locked = assertThrows(PlanFileException.class, () -> PlanLock.acquire(file).close());
        assertEquals(Problem.LOCKED, locked.problem(), "the lock is kept under the running write");
        closer.interrupt();
        closer.join(1_000);
        assertTrue(closer.isAlive(), "an interrupt does not make close give up either");
        assertEquals(Problem.LOCKED, assertThrows(PlanFileException.class, () -> PlanLock.acquire(file).close())
                .problem());
        assertFalse(closeReturned.get());

        release.countDown();
        closer.join(10_000);
        assertFalse(closer.isAlive(), "close completes once the write finished");
        assertTrue(closeReturned.get());
        assertEquals(1, write.join());
        try (PlanDatabase again = TestPlans.files(dir).open(file)) {
            assertEquals(31415L, again.read(c -> Sql.count(c, "SELECT inhabitants FROM plan")).join(),
                    "the write that ran during close is saved");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(120, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWriteAfterCloseIsALostEditAndSaysSoWhileAReadIsQuietlyCancelled() throws Exception {
        PlanDatabase db = TestPlans.create(dir, "dicht.mviplan");
        db.close();
        db.close();
        CompletionException lost = assertThrows(CompletionException.class, () -> db.write(c -> 1).join());
        PlanClosedException closed = assertInstanceOf(PlanClosedException.class, lost.getCause());
        assertEquals(db.file(), closed.file());
        assertThrows(java.util.concurrent.CancellationException.class, () -> db.read(c -> 1).join());
    }
}
