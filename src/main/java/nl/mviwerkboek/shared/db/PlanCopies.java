package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import org.sqlite.SQLiteConfig;

/**
 * Backup copies of plans as files: checked on a read-only connection (SQLite header, {@code quick_check},
 * application id {@code MVIP}, a known schema version), read without being changed, and put in place
 * as a new file that never replaces another one.
 */
public final class PlanCopies {

    private PlanCopies() {
    }

    /** Fails with {@link Problem#DAMAGED} or {@link Problem#NOT_A_PLAN} unless {@code file} is a sound plan copy. */
    public static void verify(Path file) throws PlanFileException {
        PlanFileChecks.checkSqliteHeader(file);
        read(file, c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "";
                if (!"ok".equalsIgnoreCase(result)) {
                    throw new SQLException("quick_check: " + result);
                }
            }
            int version = Migrator.schemaVersion(c);
            if (Migrator.pragmaInt(c, "application_id") != Migrator.APPLICATION_ID || version < 1
                    || version > Migrator.latestVersion()) {
                throw new NotAPlan();
            }
            return null;
        });
    }

    /** Runs read work on a read-only connection to a copy that is not open anywhere (rollback journal). */
    public static <T> T read(Path file, DbWork<T> work) throws PlanFileException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(PlanConnections.url(file), config.toProperties())) {
            return work.run(c);
        } catch (NotAPlan e) {
            throw new PlanFileException(Problem.NOT_A_PLAN, file);
        } catch (SQLException e) {
            throw new PlanFileException(Problem.DAMAGED, file, e);
        }
    }

    /**
     * Copies {@code source} (a copy made by {@code VACUUM INTO} or before a migration, with its
     * write-ahead log if it has one) to {@code target}, which must not exist: through a hidden file beside
     * it, verified and flushed to disk, then linked into place, so no other file is ever replaced.
     */
    public static Path restore(Path source, Path target) throws PlanFileException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".teruggezet");
        Path tempWal = temp.resolveSibling(temp.getFileName() + "-wal");
        try {
            if (Files.exists(target)) {
                throw new PlanFileException(Problem.ALREADY_EXISTS, target);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(source, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, tempWal, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (Connection c = PlanConnections.connect(temp); Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA journal_mode = DELETE");
                } catch (SQLException e) {
                    throw new PlanFileException(Problem.DAMAGED, source, e);
                }
            }
            verify(temp);
            DurableFiles.force(temp);
            DurableFiles.removeOrphanSideFiles(target);
            DurableFiles.moveWithoutReplacing(temp, target);
            DurableFiles.forceFolder(target.toAbsolutePath().getParent());
            return target;
        } catch (IOException e) {
            throw new PlanFileException(e instanceof FileAlreadyExistsException ? Problem.ALREADY_EXISTS
                    : Problem.IO_ERROR, target, e);
        } finally {
            PlanConnections.deleteQuietly(temp);
            PlanConnections.deleteQuietly(tempWal);
            PlanConnections.deleteQuietly(temp.resolveSibling(temp.getFileName() + "-shm"));
        }
    }

    /** The copy is a database, but not one of our plans. */
    private static final class NotAPlan extends SQLException {
        private static final long serialVersionUID = 1L;
    }
}
