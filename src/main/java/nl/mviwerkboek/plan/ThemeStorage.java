package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** Adds one theme at the end and returns it with its id. */
    public Theme insert(Connection c, String name) throws SQLException {
        int position = list(c).stream().mapToInt(Theme::position).max().orElse(-1) + 1;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO theme (name, position) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, name);
            st.setInt(2, position);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new Theme(keys.getLong(1), name, position, false);
            }
        }
    }

    /** Gives a theme a new name; everything linked to it follows, as links use the id. */
    public void rename(Connection c, long id, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE theme SET name = ? WHERE id = ?")) {
            st.setString(1, name);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    /** Archives or restores a theme; what is linked to it stays linked. */
    public void setArchived(Connection c, long id, boolean archived) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE theme SET archived = ? WHERE id = ?")) {
            st.setInt(1, archived ? 1 : 0);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    /** Stores the order of the themes: each id gets its index in {@code ids} as position. */
    public void reorder(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE theme SET position = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                st.setInt(1, i);
                st.setLong(2, ids.get(i));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
