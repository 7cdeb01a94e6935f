package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the plan's stakeholders (table {@code stakeholder}). */
public final class StakeholderStorage {

    /** All stakeholders, by name. */
    public List<Stakeholder> list(Connection c) throws SQLException {
        List<Stakeholder> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, name, role, department, involvement, email, note "
                + "FROM stakeholder ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(new Stakeholder(rs.getLong(1), rs.getString(2), StakeholderRole.fromCode(rs.getString(3)),
                        rs.getString(4), Involvement.fromCode(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return result;
    }

    /** Stores a new stakeholder and returns it with its id. */
    public Stakeholder insert(Connection c, Stakeholder s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO stakeholder "
                + "(name, role, department, involvement, email, note) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(st, s);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return s.withId(keys.getLong(1));
            }
        }
    }

    /** Replaces a stored stakeholder. */
    public void update(Connection c, Stakeholder s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE stakeholder SET name = ?, role = ?, department = ?, "
                + "involvement = ?, email = ?, note = ? WHERE id = ?")) {
            bind(st, s);
            st.setLong(7, s.id());
            st.executeUpdate();
        }
    }

    /** Removes a stakeholder. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM stakeholder WHERE id = ?", id);
    }

    /** How many stakeholders the plan has. */
    public long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM stakeholder");
    }

    /** The roles at least one stakeholder has. */
    public Set<StakeholderRole> rolesPresent(Connection c) throws SQLException {
        Set<StakeholderRole> roles = EnumSet.noneOf(StakeholderRole.class);
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT role FROM stakeholder");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                roles.add(StakeholderRole.fromCode(rs.getString(1)));
            }
        }
        return roles;
    }

    private static void bind(PreparedStatement st, Stakeholder s) throws SQLException {
        st.setString(1, s.name());
        st.setString(2, s.role().code());
        st.setString(3, s.department());
        st.setString(4, s.involvement().code());
        st.setString(5, s.email());
        st.setString(6, s.note());
    }
}
