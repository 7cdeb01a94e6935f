package nl.mviwerkboek.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sqlite.ProgressHandler;

/** The full check of an open plan ({@code PRAGMA integrity_check}) behind Bestand > Plan controleren. */
final class PlanIntegrity {

    /** At most this many problems are read; one is enough to tell the user to restore a backup. */
    static final int MAX_PROBLEMS = 20;
    private static final int STEPS_PER_CALL = 10_000;
    /** Virtual-machine steps integrity_check takes per page, roughly (measured on plans with spend lines). */
    private static final long STEPS_PER_PAGE = 600;

    private PlanIntegrity() {
    }

    /**
     * Checks every page, index and constraint; returns what is wrong (empty when the plan is in order).
     * Reports an estimated share done to {@code progress}; stops with a {@link CancellationException}.
     */
    static List<String> check(Connection c, BooleanSupplier cancelled, DoubleConsumer progress) throws SQLException {
        long pages = Math.max(1, Migrator.pragmaInt(c, "page_count"));
        double expectedCalls = (double) pages * STEPS_PER_PAGE / STEPS_PER_CALL;
        long[] calls = {0};
        ProgressHandler.setHandler(c, STEPS_PER_CALL, new ProgressHandler() {
            @Override
            protected int progress() {
                progress.accept(Math.min(0.99, ++calls[0] / expectedCalls));
                return cancelled.getAsBoolean() ? 1 : 0;
            }
        });
        List<String> problems = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check(" + MAX_PROBLEMS + ")")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Integrity check cancelled");
            }
            if (e.getErrorCode() != org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code
                    && e.getErrorCode() != org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw e;
            }
            problems.add(e.getMessage()); // so damaged that the check itself stops
        } finally {
            ProgressHandler.clearHandler(c);
        }
        progress.accept(1.0);
        return problems.size() == 1 && "ok".equalsIgnoreCase(problems.get(0)) ? List.of() : List.copyOf(problems);
    }
}
