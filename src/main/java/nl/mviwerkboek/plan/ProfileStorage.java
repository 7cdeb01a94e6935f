package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Reads and writes the plan's organisation profile (table {@code plan}). */
public final class ProfileStorage {

    private static final String COLUMNS = "organisation_name, organisation_type, inhabitants, period_start, "
            + "period_end, theme_set, commissioner, manifest_signed_on, budget_cents, capacity_hours_per_week, is_sample";

    /** Stores the profile of a new plan. */
    public void insert(Connection c, PlanProfile p) throws SQLException {
        String sql = "INSERT INTO plan (id, " + COLUMNS + ", created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, p);
            st.setString(12, Instant.now().toString());
            st.executeUpdate();
        }
    }

    /** Replaces the stored profile. */
    public void update(Connection c, PlanProfile p) throws SQLException {
        String sql = "UPDATE plan SET organisation_name = ?, organisation_type = ?, inhabitants = ?, period_start = ?, "
                + "period_end = ?, theme_set = ?, commissioner = ?, manifest_signed_on = ?, budget_cents = ?, "
                + "capacity_hours_per_week = ?, is_sample = ? WHERE id = 1";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, p);
            st.executeUpdate();
        }
    }

    /** The stored profile. */
    public PlanProfile load(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM plan WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The plan file has no profile");
            }
            String signed = rs.getString(8);
            return new PlanProfile(
                    rs.getString(1),
                    OrganisationType.fromCode(rs.getString(2)),
                    rs.getObject(3) == null ? null : rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    ThemeSet.fromCode(rs.getString(6)),
                    rs.getString(7),
                    signed == null ? null : LocalDate.parse(signed),
                    rs.getObject(9) == null ? null : rs.getLong(9),
                    rs.getObject(10) == null ? null : rs.getDouble(10),
                    rs.getInt(11) == 1);
        }
    }

    private static void bind(PreparedStatement st, PlanProfile p) throws SQLException {
        st.setString(1, p.organisationName());
        st.setString(2, p.organisationType().code());
        setNullable(st, 3, p.inhabitants(), Types.INTEGER);
        st.setInt(4, p.periodStart());
        st.setInt(5, p.periodEnd());
        st.setString(6, p.themeSet().code());
        setNullable(st, 7, p.commissioner(), Types.VARCHAR);
        setNullable(st, 8, p.manifestSignedOn() == null ? null : p.manifestSignedOn().toString(), Types.VARCHAR);
        setNullable(st, 9, p.budgetCents(), Types.BIGINT);
        setNullable(st, 10, p.capacityHoursPerWeek(), Types.DOUBLE);
        st.setInt(11, p.sample() ? 1 : 0);
    }

    private static void setNullable(PreparedStatement st, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            st.setNull(index, sqlType);
        } else {
            st.setObject(index, value, sqlType);
        }
    }
}
