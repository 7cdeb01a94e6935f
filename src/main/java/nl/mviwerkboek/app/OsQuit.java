package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.db.OpenPlans;

/**
 * The last step when the app ends without going through {@link AppExit} (Cmd+Q on macOS, logging out
 * or shutting down, {@code Platform.exit} from elsewhere): {@code Application.stop()} closes every plan
 * still open with the database's own close (queued writes finish, a running write is never cut off, the
 * lock is not released under it). It waits a bounded time: first for running jobs to end by
 * themselves, then it cancels them (an import rolls back) and waits once more. A plan not closed by
 * then stays locked until the process ends; SQLite rolls its unfinished write back at the next open.
 */
final class OsQuit {

    private static final Logger LOG = Logger.getLogger(OsQuit.class.getName());

    /** How long running jobs get to finish by themselves, then how long a cancelled one gets to roll back. */
    static final Duration BEFORE_CANCEL = Duration.ofSeconds(10);
    static final Duration AFTER_CANCEL = Duration.ofSeconds(5);

    private OsQuit() {
    }

    /**
     * Commits the text typed in the focused field of every window (ADR 0027): the app may end from outside
     * while the officer is still in a field. Call on the FX thread before {@link #closeOpenPlans}, which
     * then lets the saves this queues finish.
     */
    static void commitTypedText() {
        List.copyOf(javafx.stage.Window.getWindows())
                .forEach(w -> nl.mviwerkboek.shared.ui.FieldCommits.commitFocused(w.getScene()));
    }

    /**
     * Closes every open plan, waiting at most {@code beforeCancel} + {@code afterCancel}; calls
     * {@code cancelJobs} once the first wait is over. Returns the plans still open at the end (none
     * when all closed). Blocks the calling thread for at most that long, never longer.
     */
    static List<Path> closeOpenPlans(Runnable cancelJobs, Duration beforeCancel, Duration afterCancel) {
        if (OpenPlans.files().isEmpty()) {
            return List.of();
        }
        LOG.info("Closing " + OpenPlans.files() + " as the app is ended from outside its window");
        CompletableFuture<Void> closing = OpenPlans.closeAll();
        if (!waitFor(closing, beforeCancel)) {
            LOG.warning("Cancelling running jobs to close " + OpenPlans.files());
            cancelJobs.run();
            waitFor(closing, afterCancel);
        }
        List<Path> open = OpenPlans.files();
        if (!open.isEmpty()) {
            LOG.warning("Ending with plans still open (their last write is rolled back at the next open): " + open);
        }
        return open;
    }

    private static boolean waitFor(CompletableFuture<Void> closing, Duration bound) {
        try {
            closing.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Closing a plan at the end", e.getCause());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true; // asked to stop waiting
        }
    }
}
