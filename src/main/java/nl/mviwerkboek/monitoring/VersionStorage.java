package nl.mviwerkboek.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanSnapshots;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes yearly versions (table {@code plan_version}); the copies themselves are made by {@link PlanSnapshots}. */
public final class VersionStorage {

    /** Every version without its copy, oldest first. */
    public List<PlanVersion> list(Connection c) throws SQLException {
        List<PlanVersion> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, label, taken_on, note FROM plan_version ORDER BY taken_on, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(new PlanVersion(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        rs.getString(4)));
            }
        }
        return result;
    }

    /** Takes a copy of the plan as it is now and stores it under a label. */
    public void take(Connection c, String label, LocalDate day, String note) throws SQLException {
        byte[] copy = PlanSnapshots.take(c);
        Sql.update(c, "INSERT INTO plan_version (label, taken_on, note, snapshot) VALUES (?, ?, ?, ?)", label,
                day.toString(), note, copy);
    }

    /** The compressed copy of a version. */
    public byte[] snapshot(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT snapshot FROM plan_version WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No version " + id);
                }
                return rs.getBytes(1);
            }
        }
    }

    /** Whether a label is taken already (case-insensitive). */
    public boolean exists(Connection c, String label) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM plan_version WHERE lower(label) = lower(?)")) {
            st.setString(1, label.strip());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Removes a version. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM plan_version WHERE id = ?", id);
    }
}
