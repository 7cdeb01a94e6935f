package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the import history (table {@code spend_import}) and deletes imports with their lines. */
public final class ImportStorage {

    private static final String COLUMNS = "id, file_name, file_size, sha256, sheet, header_row, mapping, fixed_year, "
            + "rows_read, rows_imported, rows_skipped, total_cents, first_date, last_date, imported_at, skipped_cents";

    /** Stores a new import with its statistics still zero; returns its id. */
    public long start(Connection c, String fileName, long size, String sha256, String sheet, long headerRow,
                      ColumnMapping mapping, Integer fixedYear) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO spend_import (file_name, file_size, sha256, "
                + "sheet, header_row, mapping, fixed_year, rows_read, rows_imported, rows_skipped, total_cents, "
                + "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, fileName);
            st.setLong(2, size);
            st.setString(3, sha256);
            st.setString(4, sheet);
            st.setLong(5, headerRow);
            st.setString(6, mapping.encode());
            if (fixedYear == null) {
                st.setNull(7, Types.INTEGER);
            } else {
                st.setInt(7, fixedYear);
            }
            st.setString(8, Instant.now().toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records what an import read, imported and skipped. */
    public void finish(Connection c, long id, ImportStats s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE spend_import SET rows_read = ?, rows_imported = ?, "
                + "rows_skipped = ?, total_cents = ?, first_date = ?, last_date = ?, skipped_cents = ? WHERE id = ?")) {
            st.setLong(1, s.rowsRead());
            st.setLong(2, s.rowsImported());
            st.setLong(3, s.rowsSkipped());
            st.setLong(4, s.totalCents());
            st.setString(5, Columns.iso(s.firstDate()));
            st.setString(6, Columns.iso(s.lastDate()));
            st.setLong(7, s.skippedCents());
            st.setLong(8, id);
            st.executeUpdate();
        }
    }

    /** All imports, newest first. */
    public List<ImportRecord> list(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM spend_import ORDER BY imported_at DESC, id DESC", null);
    }

    /** Imports of a file with the same content. */
    public List<ImportRecord> withSha(Connection c, String sha256) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM spend_import WHERE sha256 = ? ORDER BY id", sha256);
    }

    /** Suppliers that stay without lines: what the user decided about them is kept for a later import. */
    private static final String KEPT = "AND NOT EXISTS (SELECT 1 FROM supplier_assignment a WHERE a.supplier_id = "
            + "supplier.id) AND NOT EXISTS (SELECT 1 FROM supplier_merge m WHERE supplier.id IN (m.source_id, "
            + "m.target_id)) AND NOT EXISTS (SELECT 1 FROM supplier_pair_rejected r WHERE supplier.id IN "
            + "(r.first_id, r.second_id)) AND NOT EXISTS (SELECT 1 FROM supplier s WHERE s.root_id = supplier.id "
            + "OR s.merged_into = supplier.id)";

    /**
     * Deletes an import with its lines, problems and summary rows, and the suppliers no line refers to
     * any more (unless they were assigned or merged by the user).
     */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM spend_import WHERE id = ?", id);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM supplier WHERE NOT EXISTS "
                    + "(SELECT 1 FROM spend_line l WHERE l.supplier_id = supplier.id) " + KEPT);
        }
    }

    private static List<ImportRecord> query(Connection c, String sql, String arg) throws SQLException {
        List<ImportRecord> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (arg != null) {
                st.setString(1, arg);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), ColumnMapping.decode(rs.getString(7)),
                            rs.getObject(8) == null ? null : rs.getInt(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11), rs.getLong(12), Columns.dateOrNull(rs, 13), Columns.dateOrNull(rs, 14),
                            Instant.parse(rs.getString(15)), rs.getObject(16) == null ? null : rs.getLong(16)));
                }
            }
        }
        return result;
    }

}
