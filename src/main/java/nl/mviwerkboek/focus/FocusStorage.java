package nl.mviwerkboek.focus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.db.Columns;

/** Reads and writes the focus of each theme and its product groups (tables {@code focus_theme}, {@code focus_theme_group}). */
public final class FocusStorage {

    /** The focus of every theme in use, and of archived themes that are still chosen, in theme order. */
    public List<FocusTheme> list(Connection c) throws SQLException {
        Map<Long, List<Long>> groups = Columns.idLists(c, "SELECT theme_id, group_id FROM focus_theme_group");
        List<FocusTheme> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT t.id, t.name, t.position, t.archived, "
                + "COALESCE(f.chosen, 0), COALESCE(f.ambition, 1), COALESCE(f.rationale, '') FROM theme t "
                + "LEFT JOIN focus_theme f ON f.theme_id = t.id WHERE t.archived = 0 OR f.chosen = 1 "
                + "ORDER BY t.position, t.id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Theme theme = new Theme(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4) == 1);
                result.add(new FocusTheme(theme, rs.getInt(5) == 1, AmbitionLevel.of(rs.getInt(6)), rs.getString(7),
                        groups.getOrDefault(theme.id(), List.of())));
            }
        }
        return result;
    }

    /** Saves a theme's focus with its product groups. */
    public void save(Connection c, FocusTheme f) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO focus_theme (theme_id, chosen, ambition, rationale) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (theme_id) DO UPDATE SET chosen = excluded.chosen, "
                + "ambition = excluded.ambition, rationale = excluded.rationale")) {
            st.setLong(1, f.theme().id());
            st.setInt(2, f.chosen() ? 1 : 0);
            st.setInt(3, f.ambition().number());
            st.setString(4, f.rationale());
            st.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM focus_theme_group WHERE theme_id = ?")) {
            del.setLong(1, f.theme().id());
            del.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO focus_theme_group (theme_id, group_id) VALUES (?, ?)")) {
            for (long group : f.groupIds()) {
                st.setLong(1, f.theme().id());
                st.setLong(2, group);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
