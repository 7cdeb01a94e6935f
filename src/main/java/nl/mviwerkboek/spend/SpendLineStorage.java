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

    /** A writer for one import on {@code c}. */
    public SpendLineStorage(Connection c) throws SQLException {
        insert = c.prepareStatement("INSERT INTO spend_line (import_id, source_row, supplier_id, supplier_name, "
                + "supplier_number, amount_cents, line_date, year, ledger_code, ledger_description, cost_centre, "
                + "description, invoice_number, product_group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Adds a line with its product group (or null); written when the batch is full or at {@link #flush()}. */
    public void add(long importId, long supplierId, ParsedLine l, Long groupId) throws SQLException {
        insert.setLong(1, importId);
        insert.setLong(2, l.row());
        insert.setLong(3, supplierId);
        insert.setString(4, l.supplierName());
        insert.setString(5, l.supplierNumber());
        insert.setLong(6, l.amountCents());
        insert.setString(7, l.date() == null ? null : l.date().toString());
        insert.setInt(8, l.year());
        insert.setString(9, l.ledgerCode());
        insert.setString(10, l.ledgerDescription());
        insert.setString(11, l.costCentre());
        insert.setString(12, l.description());
        insert.setString(13, l.invoiceNumber());
        if (groupId == null) {
            insert.setNull(14, java.sql.Types.INTEGER);
        } else {
            insert.setLong(14, groupId);
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
            for (String sql : INDEXES) {
                st.executeUpdate(sql);
            }
        }
    }
}
