package nl.mviwerkboek.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.db.PlanDatabase;

/**
 * Makes the automatic backup of a plan after its first committed write of a day: the copy runs on a
 * read-only connection and thread of its own ({@link PlanDatabase#copyTo}), the check and the rotation on
 * a background thread of their own, so neither the FX thread nor later edits wait for the copy or the
 * check. Failures are logged, never shown.
 */
public final class AutoBackups {

    private static final Logger LOG = Logger.getLogger(AutoBackups.class.getName());

    private final BackupService service;
    private final Supplier<LocalDateTime> now;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mvi-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final AtomicReference<CompletableFuture<Optional<Path>>> last =
            new AtomicReference<>(CompletableFuture.completedFuture(Optional.empty()));

    /** Automatic backups in {@code backupsRoot}; {@code now} tells the time (tests fix it). */
    public AutoBackups(Path backupsRoot, Supplier<LocalDateTime> now) {
        this.service = new BackupService(backupsRoot, now);
        this.now = now;
    }

    /** Starts watching an open plan's writes. */
    public void watch(PlanDatabase db) {
        AtomicReference<LocalDate> lastDay = new AtomicReference<>();
        db.addWriteListener(() -> {
            LocalDate today = now.get().toLocalDate();
            if (!today.equals(lastDay.getAndSet(today))) {
                last.set(CompletableFuture.supplyAsync(() -> run(db), worker));
            }
        });
    }

    /** The latest automatic backup asked for: the file made, or empty when none was needed or it failed. */
    public CompletableFuture<Optional<Path>> latest() {
        return last.get();
    }

    private Optional<Path> run(PlanDatabase db) {
        try {
            Optional<Path> made = service.automatic(db);
            made.ifPresent(p -> LOG.info("Automatic backup of " + db.file() + ": " + p));
            return made;
        } catch (java.util.concurrent.CancellationException e) {
            return Optional.empty(); // the plan was closed before the copy could start
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Automatic backup of " + db.file() + " failed", e);
            return Optional.empty();
        }
    }
}
