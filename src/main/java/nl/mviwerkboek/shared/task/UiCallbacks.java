package nl.mviwerkboek.shared.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where view-models receive results of background and database work: on the FX thread in the
 * app (directly in unit tests), with failures passed to one error handler.
 */
public record UiCallbacks(Executor executor, Consumer<Throwable> onError) {

    /**
     * Applies {@code onSuccess} to the result on the UI executor; a failure goes to the error handler.
     * Returns a future that completes after either, for callers and tests that want to wait.
     */
    public <T> CompletableFuture<Void> then(CompletableFuture<T> work, Consumer<? super T> onSuccess) {
        return work.handleAsync((result, failure) -> {
            if (failure == null) {
                onSuccess.accept(result);
            } else {
                onError.accept(unwrap(failure));
            }
            return null;
        }, executor);
    }

    /** The real cause of a failure wrapped by futures. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
