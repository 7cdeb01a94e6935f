package nl.mviwerkboek.spend.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the analysis settings and the EU threshold table. */
public final class SettingsStorage {

    /** The current settings. */
    public AnalysisSettings load(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM analysis_setting")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return new AnalysisSettings(values.getOrDefault("local_places", ""), values.getOrDefault("local_postcodes", ""),
                Long.parseLong(values.getOrDefault("sroi_threshold_cents", "25000000")),
                Double.parseDouble(values.getOrDefault("sroi_percentage", "5")));
    }

    /** Saves the settings. */
    public void save(Connection c, AnalysisSettings s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO analysis_setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (String[] kv : new String[][] {{"local_places", s.localPlaces()},
                {"local_postcodes", s.localPostcodes()}, {"sroi_threshold_cents", Long.toString(s.sroiThresholdCents())},
                {"sroi_percentage", Double.toString(s.sroiPercentage())}}) {
                st.setString(1, kv[0]);
                st.setString(2, kv[1]);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The EU thresholds per year, oldest first. */
    public List<EuThreshold> thresholds(Connection c) throws SQLException {
        List<EuThreshold> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT year, "
                + "supplies_services_cents, works_cents, social_cents FROM eu_threshold ORDER BY year")) {
            while (rs.next()) {
                result.add(new EuThreshold(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return result;
    }

    /** Adds or changes the thresholds of a year. */
    public void saveThreshold(Connection c, EuThreshold t) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO eu_threshold VALUES (?, ?, ?, ?) ON CONFLICT "
                + "(year) DO UPDATE SET supplies_services_cents = excluded.supplies_services_cents, "
                + "works_cents = excluded.works_cents, social_cents = excluded.social_cents")) {
            st.setInt(1, t.year());
            st.setLong(2, t.suppliesServicesCents());
            st.setLong(3, t.worksCents());
            st.setLong(4, t.socialCents());
            st.executeUpdate();
        }
    }
}
