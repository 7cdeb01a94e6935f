package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;

/**
 * The log a crashed app left beside another name (hard link) of a plan. SQLite looks for a plan's
 * write-ahead log (or rollback journal) beside the name it opens, so opening through a second name
 * would not see the committed work in it, and a later open through the first name would replay that
 * old log over newer pages. Before a plan is opened through one name, a log beside the name the
 * crashed app used is taken into the file through that name (ADR 0028).
 */
final class OtherNameLog {

    private OtherNameLog() {
    }

    /**
     * {@code recorded} when it is another name of the same file (same file key as {@code real}) with a
     * log beside it that holds something; null otherwise. A name that now names another file (or none)
     * is not ours to recover.
     */
    static Path leftBy(Path recorded, Path real, Object key) {
        if (recorded == null || recorded.equals(real) || !key.equals(PlanLock.fileKey(recorded))) {
            return null;
        }
        return hasLog(recorded) ? recorded : null;
    }

    /** Whether a write-ahead log or rollback journal with content lies beside {@code name}. */
    static boolean hasLog(Path name) {
        return PlanFileChecks.hasLog(name) || nonEmpty(name.resolveSibling(name.getFileName() + "-journal"));
    }

    /**
     * Opens the plan once through {@code name}, under the lock file beside that name (so an app that
     * keeps its locks in another data folder cannot open it through that name meanwhile): SQLite takes
     * the log in (a write-ahead log is checkpointed, a hot journal rolled back) and removes it when the
     * connection closes. The caller holds the plan's identity lock. Fails with {@code LOG_ELSEWHERE},
     * naming {@code name}, when that cannot be done (the folder of that name is read-only, say): the
     * user then opens the plan through that name once.
     */
    static void takeIn(Path name) throws PlanFileException {
        LockFile beside;
        try {
            beside = LockFile.take(PlanLock.lockFileOf(name), name, name, Problem.LOG_ELSEWHERE);
        } catch (PlanFileException e) {
            throw e.problem() == Problem.LOCKED ? e : new PlanFileException(Problem.LOG_ELSEWHERE, name, e);
        }
        try (Connection c = PlanConnections.connect(name); Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM sqlite_schema").close();
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new PlanFileException(Problem.LOG_ELSEWHERE, name, e);
        } finally {
            beside.release();
        }
        if (hasLog(name)) {
            throw new PlanFileException(Problem.LOG_ELSEWHERE, name);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false; // none
        }
    }
}
