package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import org.sqlite.SQLiteConfig;

/** How plan files are connected to (WAL, foreign keys, cache) and copied aside before a migration. */
final class PlanConnections {

    private PlanConnections() {
    }

    /** The JDBC address of a file. */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * How a commit reaches the disk: {@code FULL} syncs the write-ahead log at every commit, so a commit
     * the status bar confirms survives a power cut (ADR 0022). {@code -Dmvi.benchmark.synchronous=NORMAL}
     * exists only so that {@code CommitBenchmark} can measure what that costs.
     */
    static SQLiteConfig.SynchronousMode synchronous() {
        return SQLiteConfig.SynchronousMode.valueOf(System.getProperty("mvi.benchmark.synchronous", "FULL"));
    }

    /**
     * A read-write connection with WAL, durable commits ({@code synchronous=FULL}), foreign keys, a busy
     * timeout, a 64 MiB cache and our own checkpoints.
     */
    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(synchronous());
        config.setBusyTimeout(5_000);
        config.setCacheSize(-65_536); // 64 MiB of pages: large imports keep their index pages in memory
        Connection c = DriverManager.getConnection(url(file), config.toProperties());
        try (var st = c.createStatement()) {
            // checkpoints run as their own task after a write (see write()), not inside the commit
            st.execute("PRAGMA wal_autocheckpoint = 0");
        }
        return c;
    }

    /**
     * Copies a closed plan file (and its write-ahead log) into a folder before it is migrated from
     * {@code version}, once per version and state of the file: the copy is named by the version and the
     * file's size and time of change, so a later attempt on the same file reuses it. The copy is written
     * under a hidden name, synced to disk, checked, moved into place, and the folder synced (ADR 0022).
     */
    static Path backup(Path plan, Path folder, int version) throws PlanFileException {
        Path wal = sibling(plan, "-wal");
        String base = plan.getFileName().toString().replaceFirst("\\.mviplan$", "");
        Path target;
        try {
            target = folder.resolve(base + "-voor-update-v" + version + "-" + fingerprint(plan, wal) + ".mviplan");
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, plan, e);
        }
        if (Files.isRegularFile(target)) {
            return target; // moved into place only after it was checked
        }
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        try {
            copySynced(plan, temp);
            boolean withLog = PlanFileChecks.hasLog(plan);
            if (withLog) {
                copySynced(wal, sibling(temp, "-wal"));
            }
            if (PlanFileChecks.checkContents(temp, true) != version) {
                throw new PlanFileException(Problem.DAMAGED, plan);
            }
            if (withLog) {
                Files.move(sibling(temp, "-wal"), sibling(target, "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.forceFolder(folder);
            return target;
        } catch (IOException e) {
            throw new PlanFileException(Problem.IO_ERROR, plan, e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                deleteQuietly(sibling(temp, suffix));
            }
        }
    }

    /** The file's size and time of change (and its log's): the same until the file is written. */
    private static String fingerprint(Path plan, Path wal) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        String state = Files.size(plan) + ":" + Files.getLastModifiedTime(plan).toMillis()
                + (PlanFileChecks.hasLog(plan) ? ":" + Files.size(wal) + ":" + Files.getLastModifiedTime(wal).toMillis() : "");
        crc.update(state.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return String.format("%08x", crc.getValue());
    }

    private static void copySynced(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        DurableFiles.force(to);
    }


    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
