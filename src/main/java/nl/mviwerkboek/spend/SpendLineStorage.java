package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Writes the spend lines of an import in batches (table {@code spend_line}). */
public final class SpendLineStorage implements AutoCloseable {

    private static final int BATCH = 2_000;
    /** The secondary indexes of spend_line, exactly as migration V003 creates them. */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX spend_line_by_supplier ON spend_line (supplier_id)");
    private final PreparedStatement insert;
    private int pending;

    /** A writer for the lines of import {@code importId} on {@code c} (the id is part of the statement). */
    public SpendLineStorage(Connection c, long importId) throws SQLException {
        insert = c.prepareStatement("INSERT INTO spend_line (import_id, source_row, supplier_id, supplier_name, "
                + "supplier_number, amount_cents, line_date, year, ledger_code, ledger_description, cost_centre, "
                + "description, invoice_number, product_group_id) VALUES (" + importId
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Adds a line with its date as ISO text (or null) and product group (or null); written when the batch is
     * full or at {@link #flush()}.
     */
    public void add(long supplierId, ParsedLine l, String isoDate, Long groupId) throws SQLException {
        insert.setLong(1, l.row());
        insert.setLong(2, supplierId);
        insert.setString(3, l.supplierName());
        insert.setString(4, l.supplierNumber());
        insert.setLong(5, l.amountCents());
        insert.setString(6, isoDate);
        insert.setInt(7, l.year());
        insert.setString(8, l.ledgerCode());
        insert.setString(9, l.ledgerDescription());
        insert.setString(10, l.costCentre());
        insert.setString(11, l.description());
        insert.setString(12, l.invoiceNumber());
        if (groupId == null) {
            insert.setNull(13, java.sql.Types.INTEGER);
        } else {
            insert.setLong(13, groupId);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Writes what is pending. */
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /**
     * Drops the secondary indexes for a large import; {@link #createIndexes} builds them again at the
     * end, inside the same transaction (sorting once is much faster than a million index updates).
     */
    static void dropIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP INDEX IF EXISTS spend_line_by_supplier");
        }
    }

    /** Builds the secondary indexes again. */
    static void createIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA threads = 2"); // the sort may use a helper thread: the reading thread is done by now
            try {
                for (String sql : INDEXES) {
                    st.executeUpdate(sql);
                }
            } finally {
                st.execute("PRAGMA threads = 0");
            }
        }
    }
}
