package nl.mviwerkboek.shared.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every plan open in this process, so that quitting from outside the window (Cmd+Q on macOS, logging
 * out, {@code Platform.exit} from elsewhere) can still close each one with {@link PlanDatabase#close()}'s
 * own semantics: queued writes finish, a running write is never cut off and the lock is never released
 * under it. See ADR 0028.
 */
public final class OpenPlans {

    private static final Set<PlanDatabase> OPEN = ConcurrentHashMap.newKeySet();

    private OpenPlans() {
    }

    static void opened(PlanDatabase db) {
        OPEN.add(db);
    }

    static void closed(PlanDatabase db) {
        OPEN.remove(db);
    }

    /** The files of the plans open now. */
    public static List<Path> files() {
        return OPEN.stream().map(PlanDatabase::file).toList();
    }

    /**
     * Starts closing every open plan, each on a thread of its own (a daemon: a close that never ends
     * does not keep the process alive); completes when all are closed. Closing one that is closing
     * already waits for that close.
     */
    public static CompletableFuture<Void> closeAll() {
        List<CompletableFuture<Void>> closing = List.copyOf(OPEN).stream().map(OpenPlans::closeOnOwnThread).toList();
        return CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new));
    }

    private static CompletableFuture<Void> closeOnOwnThread(PlanDatabase db) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                db.close();
                closed.complete(null);
            } catch (RuntimeException | Error e) {
                closed.completeExceptionally(e);
            }
        }, "mvi-close " + db.file().getFileName());
        t.setDaemon(true);
        t.start();
        return closed;
    }
}
