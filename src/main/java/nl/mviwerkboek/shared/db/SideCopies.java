package nl.mviwerkboek.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * Copies of an open plan ({@code VACUUM INTO}) made on a read-only connection of their own, on a thread
 * of their own: in WAL mode a reader and the writer do not wait for each other, so edits go on while a
 * large plan is copied (seconds for a million spend lines). The copy is the last committed state when
 * it starts, a consistent snapshot. See ADR 0028.
 */
final class SideCopies {

    private final Path file;
    private final ExecutorService thread;

    SideCopies(Path file) {
        this.file = file;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mvi-copy " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Copies the plan to {@code target} once {@code after} has completed (the database thread's queue up
     * to the moment it was asked, so edits made before are in the copy).
     */
    CompletableFuture<Path> copyAfter(CompletableFuture<?> after, Path target) {
        return after.thenApplyAsync(v -> vacuumInto(target), command -> {
            try {
                thread.execute(command);
            } catch (RejectedExecutionException e) {
                throw new CancellationException("Plan is closed");
            }
        });
    }

    private Path vacuumInto(Path target) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        try (Connection c = DriverManager.getConnection(PlanConnections.url(file), config.toProperties());
             PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toAbsolutePath().toString());
            st.execute();
            return target;
        } catch (SQLException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw DiskFullException.of(target, e);
            }
            throw new DatabaseException(e);
        }
    }

    /** Takes no new copies and waits for the running one (its connection must be closed before the last checkpoint). */
    void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
