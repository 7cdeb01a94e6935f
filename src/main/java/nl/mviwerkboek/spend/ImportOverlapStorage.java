package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The imports' fingerprints (table {@code spend_import_fingerprint}) and the search for an earlier import with
 * the same spend: a cell matches when the same supplier has the same total in the same month there (and the
 * same invoices, where both imports know them). An import overlaps when the matching cells hold at least half
 * of the lines of the smaller of the two imports.
 */
final class ImportOverlapStorage {

    /** The share of the smaller import's lines that must match. */
    static final double SHARE = 0.5;

    /** Stores an import's fingerprint. */
    void write(Connection c, long importId, ImportFingerprint fingerprint) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO spend_import_fingerprint (import_id, "
                + "supplier_id, period, cents, lines, invoices, invoice_sum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int[] n = {0};
            fingerprint.forEach((supplierId, period, cents, lines, invoices, invoiceSum) -> {
                st.setLong(1, importId);
                st.setLong(2, supplierId);
                st.setString(3, period);
                st.setLong(4, cents);
                st.setLong(5, lines);
                st.setLong(6, invoices);
                st.setLong(7, invoiceSum);
                st.addBatch();
                if (++n[0] % 5_000 == 0) {
                    st.executeBatch();
                }
            });
            st.executeBatch();
        }
    }

    /** The earlier import that {@code importId} overlaps most, if it overlaps one. */
    Optional<ImportOverlap> find(Connection c, long importId, long importLines) throws SQLException {
        String sql = "SELECT e.import_id, SUM(n.lines), SUM(CASE WHEN n.invoices > 0 AND n.invoices = e.invoices "
                + "AND n.invoice_sum = e.invoice_sum THEN n.lines ELSE 0 END), i.rows_imported "
                + "FROM spend_import_fingerprint n JOIN spend_import_fingerprint e ON e.supplier_id = n.supplier_id "
                + "AND e.period = n.period AND e.cents = n.cents AND e.import_id <> n.import_id "
                + "JOIN spend_import i ON i.id = e.import_id "
                + "WHERE n.import_id = ? AND (n.invoices = 0 OR e.invoices = 0 OR n.invoice_sum IS NULL "
                + "OR e.invoice_sum IS NULL OR n.invoice_sum = e.invoice_sum) "
                + "GROUP BY e.import_id ORDER BY 2 DESC, e.import_id DESC";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, importId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long matching = rs.getLong(2);
                    long smaller = Math.min(importLines, rs.getLong(4));
                    if (matching > 0 && matching >= SHARE * smaller) {
                        long earlierId = rs.getLong(1);
                        ImportRecord earlier = new ImportStorage().list(c).stream().filter(r -> r.id() == earlierId)
                                .findFirst().orElseThrow();
                        return Optional.of(new ImportOverlap(earlier, matching, rs.getLong(3) == matching));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
