package nl.mviwerkboek.spend;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bounded queue between an import's reading thread and its database thread: either side stops
 * within 100 ms when the other failed or was cancelled.
 */
final class BatchQueue {

    private final BlockingQueue<LineWriter.Batch> queue = new ArrayBlockingQueue<>(16);
    private final AtomicBoolean aborted = new AtomicBoolean();

    /** The reading side stopped: the database side's next {@link #take} is cancelled. */
    void abort() {
        aborted.set(true);
    }

    /** The writer once the database thread has loaded suppliers and rules; fails when the writer failed. */
    static LineWriter whenReady(CompletableFuture<LineWriter> ready, CompletableFuture<ImportRecord> writer)
            throws Exception {
        while (true) {
            try {
                return ready.get(100, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // the database thread may still be busy with earlier work
            } catch (java.util.concurrent.ExecutionException e) {
                writer.join(); // the writer failed before it was ready (it ends right after): raise its error here
                throw new IllegalStateException("Import writer stopped", e.getCause());
            }
        }
    }

    /** Queues a batch; raises the writer's error when it stopped. */
    void put(LineWriter.Batch batch, CompletableFuture<ImportRecord> writer) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (writer.isDone()) {
                writer.join(); // the writer failed: raise its error here
                throw new IllegalStateException("Import writer stopped");
            }
        }
    }

    /** The next batch; cancelled when the reading side stopped. */
    LineWriter.Batch take() {
        try {
            LineWriter.Batch batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (aborted.get()) {
                    throw new CancellationException();
                }
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
