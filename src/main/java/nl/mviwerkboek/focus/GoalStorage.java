package nl.mviwerkboek.focus;

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

/** Reads and writes goals (table {@code goal}). */
public final class GoalStorage {

    private static final String COLUMNS = "theme_id, statement, indicator, unit, baseline_value, baseline_year, "
            + "target_value, target_year, source, owner_id";

    /** All goals, by theme order and then in the order they were added. */
    public List<Goal> list(Connection c) throws SQLException {
        List<Goal> goals = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT g.id, " + COLUMNS.replace("theme_id", "g.theme_id")
                + " FROM goal g JOIN theme t ON t.id = g.theme_id ORDER BY t.position, g.position, g.id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                goals.add(new Goal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Columns.doubleOrNull(rs, 6), Columns.intOrNull(rs, 7), Columns.doubleOrNull(rs, 8), Columns.intOrNull(rs, 9),
                        rs.getString(10), Columns.longOrNull(rs, 11)));
            }
        }
        return goals;
    }

    /** Stores a new goal after the theme's other goals and returns it with its id. */
    public Goal insert(Connection c, Goal g) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO goal (" + COLUMNS + ", position) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM goal WHERE theme_id = ?))",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(st, g);
            st.setLong(11, g.themeId());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return g.withId(keys.getLong(1));
            }
        }
    }

    /** Replaces a stored goal. */
    public void update(Connection c, Goal g) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE goal SET theme_id = ?, statement = ?, indicator = ?, "
                + "unit = ?, baseline_value = ?, baseline_year = ?, target_value = ?, target_year = ?, source = ?, "
                + "owner_id = ? WHERE id = ?")) {
            bind(st, g);
            st.setLong(11, g.id());
            st.executeUpdate();
        }
    }

    /** Removes a goal and its progress entries. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM goal WHERE id = ?", id);
    }

    private static void bind(PreparedStatement st, Goal g) throws SQLException {
        st.setLong(1, g.themeId());
        st.setString(2, g.statement());
        st.setString(3, g.indicator());
        st.setString(4, g.unit());
        st.setObject(5, g.baselineValue(), Types.REAL);
        st.setObject(6, g.baselineYear(), Types.INTEGER);
        st.setObject(7, g.targetValue(), Types.REAL);
        st.setObject(8, g.targetYear(), Types.INTEGER);
        st.setString(9, g.source());
        st.setObject(10, g.ownerId(), Types.INTEGER);
    }
}
