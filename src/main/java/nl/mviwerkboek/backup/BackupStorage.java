package nl.mviwerkboek.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.mviwerkboek.shared.db.Migrator;
import nl.mviwerkboek.shared.db.Sql;

/** Reads the summary of a backup on a read-only connection; copies of older schemas may lack some tables (counted as 0). */
final class BackupStorage {

    BackupSummary summary(Connection c) throws SQLException {
        String organisation = "";
        if (exists(c, "plan")) {
            try (PreparedStatement st = c.prepareStatement("SELECT organisation_name FROM plan WHERE id = 1");
                 ResultSet rs = st.executeQuery()) {
                organisation = rs.next() ? rs.getString(1) : "";
            }
        }
        return new BackupSummary(organisation, Migrator.schemaVersion(c), count(c, "spend_line"),
                count(c, "action_item"), count(c, "goal"));
    }

    private static long count(Connection c, String table) throws SQLException {
        return exists(c, table) ? Sql.count(c, "SELECT COUNT(*) FROM " + table) : 0;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
