package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the ordered classification rules (table {@code classification_rule}). */
public final class RuleStorage {

    /** All rules in the order they are tried. */
    public List<ClassificationRule> list(Connection c) throws SQLException {
        List<ClassificationRule> rules = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, position, kind, value, value_to, group_id FROM classification_rule ORDER BY position, id")) {
            while (rs.next()) {
                rules.add(new ClassificationRule(rs.getLong(1), rs.getInt(2), RuleKind.fromCode(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6)));
            }
        }
        return rules;
    }

    /** Adds a rule after the others; returns its id. */
    public long add(Connection c, RuleKind kind, String value, String valueTo, long groupId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO classification_rule (position, kind, value, "
                + "value_to, group_id) VALUES ((SELECT COALESCE(MAX(position), -1) + 1 FROM classification_rule), "
                + "?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, kind.code());
            st.setString(2, value.strip());
            st.setString(3, valueTo == null || valueTo.isBlank() ? null : valueTo.strip());
            st.setLong(4, groupId);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Deletes a rule. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM classification_rule WHERE id = ?", id);
    }

    /** Moves a rule one place earlier ({@code -1}) or later ({@code +1}); renumbers all positions. */
    public void move(Connection c, long id, int step) throws SQLException {
        Sql.move(c, "classification_rule", list(c).stream().map(ClassificationRule::id).toList(), id, step);
    }
}
