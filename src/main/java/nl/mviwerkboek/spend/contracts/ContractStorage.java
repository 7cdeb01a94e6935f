package nl.mviwerkboek.spend.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the contract register (table {@code contract}). */
public final class ContractStorage {

    private static final String COLUMNS = "title, supplier_name, group_id, start_date, end_date, extension_months, "
            + "options_note, value_cents, mvi_applied, sroi_applied, owner, note";

    /** All contracts, by end date (those without one last). */
    public List<Contract> list(Connection c) throws SQLException {
        List<Contract> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, " + COLUMNS
                + " FROM contract ORDER BY end_date IS NULL, end_date, title")) {
            while (rs.next()) {
                result.add(new Contract(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), Columns.dateOrNull(rs, 5), Columns.dateOrNull(rs, 6),
                        rs.getInt(7), rs.getString(8), rs.getLong(9), rs.getInt(10) == 1, rs.getInt(11) == 1,
                        rs.getString(12), rs.getString(13)));
            }
        }
        return result;
    }

    /** Adds a contract (id 0) or saves a changed one; returns its id. */
    public long save(Connection c, Contract k) throws SQLException {
        String sql = k.id() == 0 ? "INSERT INTO contract (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE contract SET title = ?, supplier_name = ?, group_id = ?, start_date = ?, end_date = ?, "
                + "extension_months = ?, options_note = ?, value_cents = ?, mvi_applied = ?, sroi_applied = ?, "
                + "owner = ?, note = ? WHERE id = ?";
        try (PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, k.title().strip());
            st.setString(2, k.supplierName().strip());
            if (k.groupId() == null) {
                st.setNull(3, Types.INTEGER);
            } else {
                st.setLong(3, k.groupId());
            }
            st.setString(4, Columns.iso(k.start()));
            st.setString(5, Columns.iso(k.end()));
            st.setInt(6, k.extensionMonths());
            st.setString(7, k.optionsNote());
            st.setLong(8, k.valueCents());
            st.setInt(9, k.mviApplied() ? 1 : 0);
            st.setInt(10, k.sroiApplied() ? 1 : 0);
            st.setString(11, k.owner());
            st.setString(12, k.note());
            if (k.id() != 0) {
                st.setLong(13, k.id());
            }
            st.executeUpdate();
            if (k.id() != 0) {
                return k.id();
            }
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** How many contracts the register holds. */
    public long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM contract");
    }

    /** Deletes a contract. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM contract WHERE id = ?", id);
    }

}
