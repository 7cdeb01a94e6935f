package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first error of a write survives a rollback that fails after it (issue 16, item 6). */
class WriteFailureTest {

    @TempDir
    Path dir;

    @Test
    void fullDiskAfterWhichSqliteEndedTheTransactionIsReportedAsFullWithThePlansFolder() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            CompletionException e = assertThrows(CompletionException.class, () -> db.write(c -> {
                c.createStatement().executeUpdate("UPDATE plan SET organisation_name = 'Half'");
                c.createStatement().execute("ROLLBACK"); // as SQLite does itself after SQLITE_FULL
                throw new SQLException("[SQLITE_FULL] Insertion failed because database is full", null, 13);
            }).join());
            DiskFullException full = assertInstanceOf(e.getCause());
            assertEquals(dir.toAbsolutePath(), full.folder());
            assertTrue(full.usableBytes() > 0);
            assertTrue(full.getCause().getMessage().contains("SQLITE_FULL"), full.getCause().getMessage());
            assertTrue(full.getCause().getSuppressed().length > 0, "the failing rollback is kept, not thrown");
            // the connection is back in auto-commit mode and saves the next edit
            db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET organisation_name = 'Daarna'")).join();
            assertEquals("Daarna", db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT organisation_name FROM plan")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }).join());
        }
    }

    @Test
    void otherErrorsStayDatabaseErrorsWithTheFirstCause() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            CompletionException e = assertThrows(CompletionException.class, () -> db.write(c -> {
                c.createStatement().execute("ROLLBACK");
                throw new SQLException("[SQLITE_CONSTRAINT] eerste fout", null, 19);
            }).join());
            assertTrue(e.getCause() instanceof DatabaseException, String.valueOf(e.getCause()));
            assertTrue(e.getCause().getMessage().contains("eerste fout"), e.getCause().getMessage());
        }
    }

    private static DiskFullException assertInstanceOf(Throwable t) {
        assertTrue(t instanceof DiskFullException, String.valueOf(t));
        return (DiskFullException) t;
    }
}
