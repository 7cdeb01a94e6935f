package nl.mviwerkboek.shared.task;

import java.util.concurrent.CompletableFuture;

/** Runs background jobs; the FX version shows them in the status bar, the direct one runs them at once. */
public interface TaskRunner {

    /**
     * Starts a job with a title shown while it runs. The future completes on the thread that
     * receives results (the FX thread in the app) and fails with a cancellation when cancelled.
     */
    <T> CompletableFuture<T> run(String title, BackgroundJob<T> job);
}
