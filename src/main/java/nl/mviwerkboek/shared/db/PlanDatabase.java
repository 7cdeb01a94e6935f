package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;

/**
 * One open plan file: its SQLite connection, used only on the plan's own database thread, and the
 * lock that keeps other apps out. Every write runs in a transaction.
 */
public final class PlanDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PlanDatabase.class.getName());

    private static final long CHECKPOINT_BYTES = 4L * 1024 * 1024;
    private static final long CLOSE_LOG_SECONDS = 10;

    private final Path file;
    private final Connection connection;
    private final PlanLock lock;
    private final ExecutorService dbThread;
    private final SideCopies sideCopies;
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();
    private volatile Thread dbWorker;
    private boolean closed;

    private PlanDatabase(Path file, Connection connection, PlanLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.sideCopies = new SideCopies(file);
        this.dbThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mvi-db " + file.getFileName());
            t.setDaemon(true);
            dbWorker = t;
            return t;
        });
    }

    /**
     * Opens an existing plan: checks it, locks it, and migrates it to the latest schema after copying
     * it to {@code backupFolder}. Every page is checked only when the last app did not close the plan
     * cleanly or before a migration (ADR 0022). Blocks; call it from a background task.
     */
    public static PlanDatabase open(Path file, Path backupFolder) throws PlanFileException {
        Path plan = file.toAbsolutePath().normalize();
        PlanFileChecks.checkFile(plan);
        boolean leftOpen = PlanFileChecks.leftOpen(plan);
        PlanLock lock = PlanLock.acquire(plan);
        plan = lock.planFile(); // the real path: every name of the file shares one lock and one write-ahead log
        try {
            if (lock.logElsewhere() != null) { // a crash while open through another hard link (ADR 0028)
                LOG.warning("Taking in the log a crashed app left beside " + lock.logElsewhere() + " before opening " + plan);
                OtherNameLog.takeIn(lock.logElsewhere());
                lock.logTakenIn();
                leftOpen = true;
            }
            int version = PlanFileChecks.checkContents(plan, leftOpen);
            if (version < Migrator.latestVersion()) {
                if (!leftOpen) {
                    PlanFileChecks.checkContents(plan, true);
                }
                PlanConnections.backup(plan, backupFolder, version);
            }
            Connection connection = PlanConnections.connect(plan);
            try {
                Migrator.migrate(connection, version);
            } catch (SQLException | RuntimeException | Error e) {
                connection.close();
                throw e;
            }
            PlanDatabase db = new PlanDatabase(plan, connection, lock);
            OpenPlans.opened(db);
            return db;
        } catch (PlanFileException e) {
            lock.close();
            throw e;
        } catch (SQLException e) {
            lock.close();
            if (DiskFullException.isDiskFull(e)) {
                throw DiskFullException.of(plan, e); // a migration that did not fit: the plan is intact, not damaged
            }
            throw new PlanFileException(Problem.DAMAGED, plan, e);
        } catch (RuntimeException | Error e) {
            lock.close(); // never leave the plan locked (and "al geopend") after a failure nobody expected
            throw e;
        }
    }

    /**
     * Creates a new plan file at the latest schema, fills it with {@code initialData} in one
     * transaction, and opens it. The file appears only when all of that succeeded.
     */
    public static PlanDatabase create(Path file, DbWork<?> initialData, Path backupFolder) throws PlanFileException {
        Path plan = file.toAbsolutePath().normalize();
        NewPlanFile.write(plan, initialData);
        return open(plan, backupFolder);
    }

    /** The plan file. */
    public Path file() {
        return file;
    }

    /** Runs read-only work on the database thread. */
    public <T> CompletableFuture<T> read(DbWork<T> work) {
        return submit(() -> CompletableFuture.supplyAsync(() -> runUnchecked(work), dbThread), false);
    }

    /**
     * Work asked for after the plan was closed. A read (a view still loading when the user closed the
     * plan on purpose; the view is gone) fails as cancelled, which nobody is shown. A write is an edit
     * that is lost: it fails with {@link PlanClosedException}, which the app always shows.
     */
    private <T> CompletableFuture<T> submit(java.util.function.Supplier<CompletableFuture<T>> work, boolean edit) {
        try {
            return work.get();
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(edit ? new PlanClosedException(file)
                    : new java.util.concurrent.CancellationException("Plan is closed"));
        }
    }

    /** Runs work in one transaction on the database thread; all of it is saved, or none. */
    public <T> CompletableFuture<T> write(DbWork<T> work) {
        return write(work, false);
    }

    private <T> CompletableFuture<T> write(DbWork<T> work, boolean bulk) {
        return submit(() -> CompletableFuture.supplyAsync(() -> bulk ? withoutForeignKeys(work) : inTransaction(work),
                dbThread).whenComplete((r, e) -> {
            if (e == null) {
                for (Runnable listener : writeListeners) {
                    try {
                        listener.run();
                    } catch (RuntimeException failure) { // the commit stands: never report a saved change as failed
                        LOG.log(Level.WARNING, "Write listener of " + file, failure);
                    }
                }
                checkpointWhenLarge();
            }
        }), true);
    }

    /**
     * Like {@link #write}, for a bulk load whose work itself only refers to rows it read or wrote in the same
     * transaction (a spend import, ADR 0035): SQLite's per-row foreign-key lookups are switched off around the
     * transaction ({@code PRAGMA foreign_keys} works only outside one) and on again after its commit or rollback.
     * Durability and all-or-nothing are those of {@link #write}.
     */
    public <T> CompletableFuture<T> bulkWrite(DbWork<T> work) {
        return write(work, true);
    }

    /**
     * Runs work in a transaction on the connection. When SQLite already ended the transaction (a full
     * disk), the failing rollback and auto-commit are kept as suppressed errors and never hide the first;
     * a full disk fails as {@link DiskFullException}.
     */
    private <T> T inTransaction(DbWork<T> work) {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                Migrator.rollbackKeeping(connection, e);
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException again) {
                    e.addSuppressed(again); // sqlite-jdbc is back in auto-commit mode even so
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException | RuntimeException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw DiskFullException.of(file, e);
            }
            throw e instanceof SQLException sql ? new DatabaseException(sql) : (RuntimeException) e;
        }
    }

    private <T> T withoutForeignKeys(DbWork<T> work) {
        foreignKeys(false);
        try {
            return inTransaction(work);
        } finally {
            foreignKeys(true);
        }
    }

    private void foreignKeys(boolean on) {
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /**
     * Makes a change and reads the result in the same transaction: a chapter's service hands back
     * its whole new state after every edit, so a view never shows a half-updated picture.
     */
    public <T> CompletableFuture<T> change(DbChange change, DbWork<T> thenRead) {
        return write(c -> {
            change.run(c);
            return thenRead.run(c);
        });
    }

    /**
     * Copies committed pages from the write-ahead log into the plan file, as a separate task on the
     * database thread once the log has grown, so a large import's commit does not wait for it.
     */
    private void checkpointWhenLarge() {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            if (Files.size(wal) > CHECKPOINT_BYTES && !dbThread.isShutdown()) {
                dbThread.execute(() -> {
                    try (var st = connection.createStatement()) {
                        st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    } catch (SQLException e) {
                        LOG.log(Level.WARNING, "Checkpoint of " + file, e);
                    }
                });
            }
        } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
            // no log file yet, or closing: the checkpoint at close takes care of it
        }
    }

    /**
     * Writes a consistent copy of the plan to a new file ({@code VACUUM INTO}) with every edit asked for
     * before, on a read-only connection and thread of its own: edits asked for meanwhile do not wait for
     * it (ADR 0028).
     */
    public CompletableFuture<Path> copyTo(Path target) {
        return sideCopies.copyAfter(read(c -> null), target);
    }

    /**
     * Checks the whole plan on the database thread ({@code PRAGMA integrity_check}): the problems found,
     * none when it is in order. Reports the share done; fails as cancelled when {@code cancelled} turns true.
     */
    public CompletableFuture<List<String>> checkIntegrity(java.util.function.BooleanSupplier cancelled,
            java.util.function.DoubleConsumer progress) {
        return read(c -> PlanIntegrity.check(c, cancelled, progress));
    }

    /** Calls {@code listener} on the database thread after every committed write. */
    public void addWriteListener(Runnable listener) {
        writeListeners.add(listener);
    }

    /**
     * Finishes queued work, then closes the connection and releases the lock. Waits as long as a write
     * runs (a long import ends by itself or by its job's cancel, and rolls back): the lock is never
     * released under a running write, also not when interrupted. Closing again does nothing. Blocks;
     * never call it on the FX thread or from database work.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() == dbWorker) {
            throw new IllegalStateException("Closing " + file + " from its own database thread");
        }
        dbThread.shutdown();
        boolean interrupted = false;
        boolean done = false;
        long waited = 0;
        while (!done) {
            try {
                done = dbThread.awaitTermination(CLOSE_LOG_SECONDS, TimeUnit.SECONDS);
                if (!done) {
                    waited += CLOSE_LOG_SECONDS;
                    LOG.info("Waiting " + waited + " s for database work before closing " + file);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        closed = true;
        sideCopies.close(); // a running copy's reader would keep the last checkpoint from emptying the log
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Final checkpoint of " + file, e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing " + file, e);
        } finally {
            lock.close();
            OpenPlans.closed(this);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T runUnchecked(DbWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
