package nl.mviwerkboek.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.plan.Theme;

/** Reads and writes the self-assessment per theme (table {@code maturity}). */
public final class MaturityStorage {

    /** One score per theme in use, in theme order; themes not yet scored have empty steps. */
    public List<MaturityScore> list(Connection c) throws SQLException {
        List<MaturityScore> scores = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT t.id, t.name, t.position, m.current_step, "
                + "m.target_step, COALESCE(m.note, '') FROM theme t LEFT JOIN maturity m ON m.theme_id = t.id "
                + "WHERE t.archived = 0 ORDER BY t.position, t.id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                scores.add(new MaturityScore(new Theme(rs.getLong(1), rs.getString(2), rs.getInt(3), false),
                        step(rs, 4), step(rs, 5), rs.getString(6)));
            }
        }
        return scores;
    }

    /** Saves the score of one theme. */
    public void save(Connection c, MaturityScore score) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO maturity (theme_id, current_step, target_step, "
                + "note) VALUES (?, ?, ?, ?) ON CONFLICT (theme_id) DO UPDATE SET current_step = excluded.current_step, "
                + "target_step = excluded.target_step, note = excluded.note")) {
            st.setLong(1, score.theme().id());
            st.setObject(2, score.current() == null ? null : score.current().number(), Types.INTEGER);
            st.setObject(3, score.target() == null ? null : score.target().number(), Types.INTEGER);
            st.setString(4, score.note());
            st.executeUpdate();
        }
    }

    private static MaturityStep step(ResultSet rs, int column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : MaturityStep.of(n);
    }
}
