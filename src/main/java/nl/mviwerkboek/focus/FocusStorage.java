package nl.mviwerkboek.focus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.plan.ThemeStorage;

/** Reads and writes the focus of each theme and its product groups (tables {@code focus_theme}, {@code focus_theme_group}). */
public final class FocusStorage {

    /** The focus of every theme in use, and of archived themes that are still chosen, in theme order. */
    public List<FocusTheme> list(Connection c) throws SQLException {
        Map<Long, List<Long>> groups = Columns.idLists(c, "SELECT theme_id, group_id FROM focus_theme_group");
        Map<Long, FocusTheme> stored = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT theme_id, chosen, ambition, rationale FROM focus_theme");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), new FocusTheme(null, rs.getInt(2) == 1, AmbitionLevel.of(rs.getInt(3)),
                        rs.getString(4), groups.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        List<FocusTheme> result = new ArrayList<>();
        for (Theme t : new ThemeStorage().list(c)) {
            FocusTheme f = stored.get(t.id());
            if (f == null && !t.archived()) {
                result.add(new FocusTheme(t, false, AmbitionLevel.BASIS, "", List.of()));
            } else if (f != null && (!t.archived() || f.chosen())) {
                result.add(new FocusTheme(t, f.chosen(), f.ambition(), f.rationale(), f.groupIds()));
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

    /** How many themes in use are chosen as focus. */
    public long countChosen(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM focus_theme f JOIN theme t "
                + "ON t.id = f.theme_id WHERE f.chosen = 1 AND t.archived = 0");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
