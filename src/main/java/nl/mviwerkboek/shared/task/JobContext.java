package nl.mviwerkboek.shared.task;

import java.util.concurrent.CancellationException;

/** What a running background job reports to, and asks whether it should stop. */
public interface JobContext {

    /** Reports how far the job is. */
    void progress(long done, long total);

    /** Reports what the job is doing now, in the user's language. */
    void message(String text);

    /** Whether the user cancelled the job. */
    boolean isCancelled();

    /** Stops the job by throwing when the user cancelled it. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }

    /** A context that ignores reports and is never cancelled. */
    static JobContext silent() {
        return new JobContext() {
            @Override
            public void progress(long done, long total) {
                // nobody is watching
            }

            @Override
            public void message(String text) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
