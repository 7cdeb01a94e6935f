package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import org.sqlite.SQLiteConfig;

/** Checks a file before it is opened as a plan, without changing it. */
final class PlanFileChecks {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private PlanFileChecks() {
    }

    /** Fails unless the file exists, is SQLite, and it and its folder can be written. */
    static void checkFile(Path file) throws PlanFileException {
        if (!Files.isRegularFile(file)) {
            throw new PlanFileException(Problem.NOT_FOUND, file);
        }
        checkSqliteHeader(file);
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || markedReadOnly(file) || folder == null || !Files.isWritable(folder)) {
            throw new PlanFileException(Problem.READ_ONLY, file);
        }
    }

    /** Fails with {@code NOT_A_PLAN} unless the file starts with SQLite's header. */
    static void checkSqliteHeader(Path file) throws PlanFileException {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new PlanFileException(Problem.NOT_A_PLAN, file);
            }
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, file, e);
        }
    }

    /** Whether the owner's write permission is off, which counts even for users who could write anyway. */
    private static boolean markedReadOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // Windows: Files.isWritable already reflects the read-only attribute
        }
    }

    /**
     * Whether the plan was not closed cleanly by the last app that had it open: a clean close removes
     * both the write-ahead log and the lock file; a crash or power cut leaves the lock file and mostly
     * a log with content. Call it before taking the lock (ADR 0022).
     */
    static boolean leftOpen(Path file) {
        return hasLog(file) || Files.exists(PlanLock.lockFileOf(file));
    }

    /** Whether a write-ahead log with content lies beside the file (a read-only look leaves an empty one). */
    static boolean hasLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.size(wal) > 0;
        } catch (IOException e) {
            return false; // none
        }
    }

    /**
     * Reads the file's schema, application id and schema version on a read-only connection and
     * returns the schema version; fails when it is damaged, not a plan, or from a newer app. With
     * {@code thorough} (after an unclean close, before a migration) it also runs {@code quick_check},
     * which reads every page and takes seconds on a large plan. Side files the look created are removed.
     */
    static int checkContents(Path file, boolean thorough) throws PlanFileException {
        java.util.List<Path> absent = SideFiles.absent(file);
        try {
            return readContents(file, thorough);
        } finally {
            SideFiles.removeCreated(absent); // a refused file must stay exactly as it was, with nothing beside it
        }
    }

    private static int readContents(Path file, boolean thorough) throws PlanFileException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection(PlanConnections.url(file), config.toProperties())) {
            if (thorough && !"ok".equalsIgnoreCase(quickCheck(c))) {
                throw new PlanFileException(Problem.DAMAGED, file);
            }
            readSchema(c);
            int appId = Migrator.pragmaInt(c, "application_id");
            int version = Migrator.schemaVersion(c);
            if (appId != Migrator.APPLICATION_ID || version < 1) {
                throw new PlanFileException(Problem.NOT_A_PLAN, file);
            }
            if (version > Migrator.latestVersion()) {
                throw new PlanFileException(Problem.NEWER_VERSION, file);
            }
            return version;
        } catch (SQLException e) {
            throw new PlanFileException(Problem.DAMAGED, file, e);
        }
    }

    /** Parses the schema (page 1 and the schema table), which a damaged first page fails. */
    private static void readSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
