package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Sql;

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
        return Sql.count(c, "SELECT COUNT(*) FROM theme WHERE archived = 0");
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
        Sql.update(c, "UPDATE theme SET name = ? WHERE id = ?", name, id);
    }

    /** Archives or restores a theme; what is linked to it stays linked. */
    public void setArchived(Connection c, long id, boolean archived) throws SQLException {
        Sql.update(c, "UPDATE theme SET archived = ? WHERE id = ?", archived ? 1 : 0, id);
    }

    /** Moves a theme one place up ({@code -1}) or down ({@code +1}); nothing happens at either end. */
    public void move(Connection c, long id, int step) throws SQLException {
        Sql.move(c, "theme", list(c).stream().map(Theme::id).toList(), id, step);
    }
}
