package nl.mviwerkboek.spend.suppliers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.spend.groups.LineFacts;

/** Reads the detail of one supplier and saves its size indication. */
public final class SupplierDetailStorage {

    private static final String MEMBERS = "(SELECT id FROM supplier WHERE id = ? OR root_id = ?)";

    /** The detail of a root supplier. */
    public SupplierDetail load(Connection c, long id) throws SQLException {
        String name;
        String kvk;
        String postcode;
        String city;
        String size;
        try (PreparedStatement st = c.prepareStatement("SELECT name, kvk, postcode, city, size FROM supplier WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No supplier " + id);
                }
                name = rs.getString(1);
                kvk = rs.getString(2);
                postcode = rs.getString(3);
                city = rs.getString(4);
                size = rs.getString(5);
            }
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = members(c, "SELECT DISTINCT supplier_name FROM spend_line WHERE supplier_id IN "
                + MEMBERS + " ORDER BY 1", id); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<SupplierDetail.YearGroupSpend> spend = new ArrayList<>();
        try (PreparedStatement st = members(c, "SELECT k.year, g.name, SUM(k.amount_cents) FROM spend_cube k "
                + "LEFT JOIN product_group g ON g.id = k.group_id WHERE k.supplier_id IN " + MEMBERS
                + " GROUP BY k.year, k.group_id ORDER BY k.year, 3 DESC", id); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                spend.add(new SupplierDetail.YearGroupSpend(rs.getInt(1), rs.getString(2), rs.getLong(3)));
            }
        }
        List<SupplierDetail.Line> lines = new ArrayList<>();
        long count = 0;
        try (PreparedStatement st = members(c, "SELECT l.id, l.line_date, l.year, l.supplier_name, l.invoice_number, "
                + "TRIM(COALESCE(l.ledger_code, '') || ' ' || COALESCE(l.ledger_description, '')), l.description, "
                + "g.name, l.amount_cents, l.supplier_id, COUNT(*) OVER () FROM spend_line l LEFT JOIN product_group g "
                + "ON g.id = l.product_group_id WHERE l.supplier_id IN " + MEMBERS
                + " ORDER BY ABS(l.amount_cents) DESC LIMIT " + SupplierDetail.LINES_SHOWN, id);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String key = new LineFacts(rs.getLong(10), rs.getString(4), null, null, null, rs.getString(7),
                        rs.getString(5), rs.getString(2), rs.getLong(9)).lineKey();
                lines.add(new SupplierDetail.Line(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), key));
                count = rs.getLong(11);
            }
        }
        return new SupplierDetail(id, name, kvk, postcode, city, size, names, spend, lines, count);
    }

    /** Saves the size indication: "mkb", "large" or null for unknown. */
    public void setSize(Connection c, long id, String size) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE supplier SET size = ? WHERE id = ? OR root_id = ?")) {
            st.setString(1, size);
            st.setLong(2, id);
            st.setLong(3, id);
            st.executeUpdate();
        }
    }

    /** Saves the size of the supplier with this normalised name (and what was merged into it); false if none. */
    public boolean setSizeByName(Connection c, String normalisedName, String size) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE supplier SET size = ? WHERE normalised_name = ? "
                + "OR root_id = (SELECT id FROM supplier WHERE normalised_name = ?)")) {
            st.setString(1, size);
            st.setString(2, normalisedName);
            st.setString(3, normalisedName);
            return st.executeUpdate() > 0;
        }
    }

    private static PreparedStatement members(Connection c, String sql, long id) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        st.setLong(1, id);
        st.setLong(2, id);
        return st;
    }
}
