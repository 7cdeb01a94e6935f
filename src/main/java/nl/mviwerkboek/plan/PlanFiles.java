package nl.mviwerkboek.plan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;

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

    /** Opens an existing plan, migrating it when it was written by an older version. */
    public PlanDatabase open(Path file) throws PlanFileException {
        return PlanDatabase.open(file, backupFolder);
    }
}
