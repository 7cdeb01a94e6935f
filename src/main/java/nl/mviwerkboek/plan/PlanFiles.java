package nl.mviwerkboek.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.db.PlanLock;

/** Creates new plan files with a profile, themes and optional extra content, and opens existing ones. */
public final class PlanFiles {

    /** Extra content written into a new plan in the same transaction (e.g. the sample's stakeholders). */
    @FunctionalInterface
    public interface Content {
        /** Writes the content. */
        void write(Connection connection) throws SQLException;
    }

    private final Path backupFolder;

    /** Plan files whose pre-migration copies go to {@code backupFolder}. */
    public PlanFiles(Path backupFolder) {
        this.backupFolder = backupFolder;
    }

    /** Creates a plan with a profile and the profile's theme set; the file appears only when complete. */
    public PlanDatabase create(Path file, PlanProfile profile) throws PlanFileException {
        return create(file, profile, c -> { });
    }

    /** Creates a plan with a profile, the themes of its theme set, and extra content. */
    public PlanDatabase create(Path file, PlanProfile profile, Content content) throws PlanFileException {
        return PlanDatabase.create(file, c -> {
            new ProfileStorage().insert(c, profile);
            new ThemeStorage().insertAll(c, List.copyOf(profile.themeSet().themeNames()));
            content.write(c);
            return null;
        }, backupFolder);
    }

    /**
     * Removes a file the user chose to replace (with its write-ahead log), but only when no app has it
     * open as a plan; otherwise fails with {@code LOCKED} and leaves it alone.
     */
    public void deleteIfUnused(Path file) throws PlanFileException {
        if (!Files.exists(file)) {
            return;
        }
        try (PlanLock ignored = PlanLock.acquire(file)) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.Problem.IO_ERROR, file, e);
        }
    }

    /** Opens an existing plan, migrating it when it was written by an older version. */
    public PlanDatabase open(Path file) throws PlanFileException {
        return PlanDatabase.open(file, backupFolder);
    }
}
