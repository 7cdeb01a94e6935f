package nl.mviwerkboek.shared.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * Runs jobs on worker threads as JavaFX tasks and exposes the newest running one (title, message,
 * progress, cancel) for the status bar. Call {@link #run} on the FX thread; results arrive there.
 * Cancelling is cooperative (jobs poll {@link JobContext#isCancelled()}; threads are not interrupted,
 * so file and database work is never cut off half-way); a cancelled job stays in the status bar as
 * "being cancelled" until its thread has ended (rolled back), and a result that a cancelled job still
 * produced is closed when it is {@link AutoCloseable}, on the job's thread before the job counts as
 * ended, so no opened plan stays locked and {@link #whenIdle()} waits for that close.
 */
public final class FxTaskRunner implements TaskRunner {

    /** Test seam: called on a job's thread right after the job returned its result. */
    static volatile java.util.function.Consumer<Task<?>> afterJob = task -> { };

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mvi-task");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Task<?>> active = new ArrayDeque<>();
    private final Set<Task<?>> live = new HashSet<>();
    private final List<CompletableFuture<Void>> waitingForIdle = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    @Override
    public <T> CompletableFuture<T> run(String title, BackgroundJob<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(e -> finish(task, () -> result.complete(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> result.completeExceptionally(task.getException())));
        task.setOnCancelled(e -> {
            showNewest(); // stays in the status bar as "being cancelled" until its thread has ended
            result.completeExceptionally(new CancellationException());
        });
        active.push(task);
        live.add(task);
        showNewest();
        workers.execute(() -> {
            try {
                task.run();
            } finally {
                if (task.isCancelled()) {
                    task.discardResult(); // on the job's thread, before it counts as ended: whenIdle waits for it
                }
                Platform.runLater(() -> ended(task));
            }
        });
        return result;
    }

    /**
     * Completes on the FX thread once no job's thread runs any more, including cancelled jobs that are
     * still rolling back; at once when none runs.
     */
    public CompletableFuture<Void> whenIdle() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        if (live.isEmpty()) {
            idle.complete(null);
        } else {
            waitingForIdle.add(idle);
        }
        return idle;
    }

    /** Cancels every running job (cooperatively, as {@link #cancelCurrent()}). */
    public void cancelAll() {
        List.copyOf(active).forEach(t -> t.cancel(false));
    }

    /** The title of the job the status bar shows, or empty when none runs. */
    public String currentTitle() {
        Task<?> current = active.peek();
        return current == null ? "" : current.getTitle();
    }

    private void ended(Task<?> task) {
        live.remove(task);
        if (active.remove(task)) {
            showNewest();
        }
        if (live.isEmpty()) {
            List<CompletableFuture<Void>> waiting = List.copyOf(waitingForIdle);
            waitingForIdle.clear();
            waiting.forEach(f -> f.complete(null));
        }
    }

    /** Cancels the job the status bar shows. */
    public void cancelCurrent() {
        active.stream().filter(t -> !t.isCancelled()).findFirst().ifPresent(t -> t.cancel(false));
    }

    /** Whether any job is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the newest running job is doing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far the newest running job is, 0–1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void finish(Task<?> task, Runnable complete) {
        active.remove(task);
        showNewest();
        complete.run();
    }

    private void showNewest() {
        message.unbind();
        progress.unbind();
        Task<?> newest = active.peek();
        running.set(newest != null);
        if (newest == null) {
            message.set("");
            progress.set(0);
        } else if (newest.isCancelled()) {
            message.set(Messages.get("task.cancelling", newest.getTitle()));
            progress.set(-1);
        } else {
            message.bind(newest.messageProperty());
            progress.bind(newest.progressProperty());
        }
    }

    /** A JavaFX task that lets a job report through a {@link JobContext}. */
    private static final class JobTask<T> extends Task<T> implements JobContext {
        private final BackgroundJob<T> job;
        private T produced;

        JobTask(String title, BackgroundJob<T> job) {
            this.job = job;
            updateTitle(title);
            updateMessage(title);
            updateProgress(-1, 1);
        }

        @Override
        protected T call() throws Exception {
            T value = job.run(this);
            synchronized (this) {
                produced = value; // closed by the job's thread when the task turns out cancelled
            }
            afterJob.accept(this);
            return value;
        }

        /** Closes what a cancelled job produced, once. */
        synchronized void discardResult() {
            if (produced instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    java.util.logging.Logger.getLogger(FxTaskRunner.class.getName())
                            .log(java.util.logging.Level.WARNING, "Closing a cancelled job's result", e);
                }
            }
            produced = null;
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
