package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates the plan's spend from the summary table: counts, total and total per year; merged suppliers once. */
public final class SpendTotalsStorage {

    /** The current totals. */
    public SpendTotals load(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            long imports;
            long skipped;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(SUM(rows_skipped), 0) FROM spend_import")) {
                imports = rs.getLong(1);
                skipped = rs.getLong(2);
            }
            long lines;
            long amount;
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(lines), 0), COALESCE(SUM(amount_cents), 0) FROM spend_cube")) {
                lines = rs.getLong(1);
                amount = rs.getLong(2);
            }
            long suppliers;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT COALESCE(s.root_id, s.id)) "
                    + "FROM spend_cube k JOIN supplier s ON s.id = k.supplier_id")) {
                suppliers = rs.getLong(1);
            }
            Map<Integer, Long> byYear = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT year, SUM(amount_cents) FROM spend_cube GROUP BY year")) {
                while (rs.next()) {
                    byYear.put(rs.getInt(1), rs.getLong(2));
                }
            }
            return new SpendTotals(imports, lines, amount, suppliers, skipped, byYear);
        }
    }
}
