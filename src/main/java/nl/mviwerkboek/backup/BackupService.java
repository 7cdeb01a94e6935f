package nl.mviwerkboek.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.db.DurableFiles;
import nl.mviwerkboek.shared.db.PlanCopies;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;

/**
 * Makes, lists and restores backups in the data folder's {@code backups/}. Every backup is written by
 * {@code VACUUM INTO} on a read-only connection of its own to a hidden file, verified on the calling thread, and
 * only then given its name; a copy that fails the check is deleted and the failure logged.
 */
public final class BackupService {

    /** How many automatic backups are kept per plan. */
    public static final int KEEP = 10;
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final BackupFolder folder;
    private final Supplier<LocalDateTime> now;

    /** Backups in {@code backupsRoot}; {@code now} tells the time (tests fix it). */
    public BackupService(Path backupsRoot, Supplier<LocalDateTime> now) {
        this.folder = new BackupFolder(backupsRoot.toAbsolutePath().normalize());
        this.now = now;
    }

    /** A verified backup of the open plan, made by hand or by the command line; blocks (call it from a background job). */
    public Path backup(PlanDatabase db) throws PlanFileException {
        return backup(db, folder.manual(db.file(), now.get()));
    }

    /** A verified backup of the open plan at {@code target}, which must not exist; blocks. */
    public Path backup(PlanDatabase db, Path target) throws PlanFileException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new PlanFileException(Problem.ALREADY_EXISTS, absolute);
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp);
            db.copyTo(temp).join();
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, absolute, e);
        } catch (CompletionException e) {
            deleteQuietly(temp);
            throw new PlanFileException(Problem.IO_ERROR, absolute, e.getCause());
        }
        return keep(temp, absolute);
    }

    /**
     * The automatic backup of the day: made when the plan has none of {@code now}'s day yet, then the
     * plan's automatic backups are rotated to the newest {@link #KEEP}. Empty when there was one already.
     */
    public Optional<Path> automatic(PlanDatabase db) throws PlanFileException {
        LocalDateTime time = now.get();
        if (folder.hasAutomaticOn(db.file(), time.toLocalDate())) {
            return Optional.empty();
        }
        Path made = backup(db, folder.automaticFolder(db.file()).resolve(BackupFolder.automaticName(db.file(), time)));
        for (Path old : folder.rotate(db.file(), KEEP)) {
            LOG.info("Automatic backup removed (only the newest " + KEEP + " are kept): " + old);
        }
        return Optional.of(made);
    }

    /** Verifies a fresh copy and gives it its name; a copy that fails the check is deleted, never kept. */
    Path keep(Path temp, Path target) throws PlanFileException {
        try {
            PlanCopies.verify(temp);
            DurableFiles.force(temp);
            DurableFiles.moveWithoutReplacing(temp, target);
            DurableFiles.forceFolder(target.getParent());
            return target;
        } catch (PlanFileException e) {
            LOG.log(java.util.logging.Level.WARNING, "Backup failed its check and was deleted: " + target, e);
            throw new PlanFileException(e.problem(), target, e);
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Every backup found: those of {@code openPlan} (may be null) first, each part newest first. */
    public List<Backup> list(Path openPlan) {
        Comparator<Backup> order = Comparator.comparing((Backup b) -> openPlan == null || !folder.isOf(b, openPlan))
                .thenComparing(Backup::madeAt, Comparator.reverseOrder());
        return folder.all().stream().sorted(order).toList();
    }

    /** The folder the backups are in. */
    public Path folder() {
        return folder.root();
    }

    /** Whether {@code backup} is one of {@code plan}'s. */
    public boolean isOf(Backup backup, Path plan) {
        return plan != null && folder.isOf(backup, plan);
    }

    /** What a backup holds, read without changing it. */
    public BackupSummary summary(Path backup) throws PlanFileException {
        return PlanCopies.read(backup, new BackupStorage()::summary);
    }

    /**
     * Restores a backup as a new plan file {@code target}: never over an existing file, never over the
     * open plan; the new file is checked before it gets its name.
     */
    public Path restore(Path backup, Path target, Path openPlan) throws PlanFileException, UserProblem {
        if (!Files.isRegularFile(backup)) {
            throw new PlanFileException(Problem.NOT_FOUND, backup);
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (openPlan != null && (absolute.equals(openPlan.toAbsolutePath().normalize()) || sameFile(absolute, openPlan))) {
            throw new UserProblem(Messages.get("backup.restore.openPlan.title"),
                    Messages.get("backup.restore.openPlan.message", absolute));
        }
        return PlanCopies.restore(backup, absolute);
    }

    /** The name proposed for a restored plan: "Plan (teruggezet 02-12-2026).mviplan". */
    public String proposedName(Backup backup) {
        return Messages.get("backup.restore.proposal", backup.planName(),
                Formats.date(now.get().toLocalDate())) + ".mviplan";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden file is removed at the next rotation
        }
    }
}
