package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the plan's themes (table {@code theme}). */
public final class ThemeStorage {

    /** Adds themes in the given order after the existing ones. */
    public void insertAll(Connection c, List<String> names) throws SQLException {
        int next = list(c).size();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO theme (name, position) VALUES (?, ?)")) {
            for (String name : names) {
                st.setString(1, name);
                st.setInt(2, next++);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** All themes, archived ones included, in their order. */
    public List<Theme> list(Connection c) throws SQLException {
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, name, position, archived FROM theme ORDER BY position, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                themes.add(new Theme(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) == 1));
            }
        }
        return themes;
    }

    /** How many themes are in use (not archived). */
    public long countActive(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM theme WHERE archived = 0");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
