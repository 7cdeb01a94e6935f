package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import org.sqlite.SQLiteConfig;

/** How plan files are connected to (WAL, foreign keys, cache) and copied aside before a migration. */
final class PlanConnections {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PlanConnections() {
    }

    /** The JDBC address of a file. */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** A read-write connection with WAL, foreign keys, a busy timeout, a 64 MiB cache and our own checkpoints. */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5_000);
        config.setCacheSize(-65_536); // 64 MiB of pages: large imports keep their index pages in memory
        Connection c = DriverManager.getConnection(url(file), config.toProperties());
        try (var st = c.createStatement()) {
            // checkpoints run as their own task after a write (see write()), not inside the commit
            st.execute("PRAGMA wal_autocheckpoint = 0");
        }
        return c;
    }

    /** Copies a closed plan file (and its write-ahead log) into a folder; returns the copy. */
    static Path backup(Path plan, Path folder, String label) throws PlanFileException {
        String base = plan.getFileName().toString().replaceFirst("\\.mviplan$", "");
        Path target = folder.resolve(base + "-" + label + "-" + STAMP.format(LocalDateTime.now()) + ".mviplan");
        try {
            Files.copy(plan, target, StandardCopyOption.REPLACE_EXISTING);
            Path wal = plan.resolveSibling(plan.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"));
            }
            return target;
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, plan, e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
