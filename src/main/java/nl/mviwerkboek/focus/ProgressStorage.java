package nl.mviwerkboek.focus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the progress entries of goals (table {@code goal_progress}). */
public final class ProgressStorage {

    /** Every entry of every goal, by goal and date. */
    public Map<Long, List<ProgressEntry>> byGoal(Connection c) throws SQLException {
        Map<Long, List<ProgressEntry>> result = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, goal_id, measured_on, value, note FROM goal_progress "
                + "ORDER BY goal_id, measured_on, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ProgressEntry e = new ProgressEntry(rs.getLong(1), rs.getLong(2), LocalDate.parse(rs.getString(3)),
                        rs.getDouble(4), rs.getString(5));
                result.computeIfAbsent(e.goalId(), k -> new ArrayList<>()).add(e);
            }
        }
        return result;
    }

    /** Stores a new entry. */
    public void insert(Connection c, ProgressEntry e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO goal_progress (goal_id, measured_on, value, note) VALUES (?, ?, ?, ?)")) {
            st.setLong(1, e.goalId());
            st.setString(2, e.date().toString());
            st.setDouble(3, e.value());
            st.setString(4, e.note());
            st.executeUpdate();
        }
    }

    /** Removes an entry. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM goal_progress WHERE id = ?", id);
    }
}
