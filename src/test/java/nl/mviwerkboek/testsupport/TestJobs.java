package nl.mviwerkboek.testsupport;

import nl.mviwerkboek.shared.task.JobContext;

/** Job contexts for tests of long work. */
public final class TestJobs {

    private TestJobs() {
    }

    /** A context whose user has pressed Cancel before the job starts. */
    public static JobContext cancelled() {
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
                return true;
            }
        };
    }
}
