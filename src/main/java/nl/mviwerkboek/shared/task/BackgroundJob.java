package nl.mviwerkboek.shared.task;

/** Long work (open, import, analysis, export) that runs off the FX thread with progress and cancel. */
@FunctionalInterface
public interface BackgroundJob<T> {

    /** Does the work, reporting progress to {@code context} and stopping when it is cancelled. */
    T run(JobContext context) throws Exception;
}
