package nl.mviwerkboek.shared.task;

import java.util.concurrent.CompletableFuture;

/** Runs each job at once on the calling thread: for the command line and deterministic tests. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> CompletableFuture<T> run(String title, BackgroundJob<T> job) {
        try {
            return CompletableFuture.completedFuture(job.run(JobContext.silent()));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
