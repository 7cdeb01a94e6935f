package nl.mviwerkboek.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the report settings (the one row of table {@code report_setting}). */
public final class ReportSettingsStorage {

    /**
     * The settings; the sections are those included by default except those stored as left out, and the opt-in
     * ones stored with a "+" in the same list.
     */
    public ReportSettings load(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT plan_status, adopted_on, adopted_by, version_label, "
                + "detail, left_out, introduction FROM report_setting WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return ReportSettings.defaults();
            }
            Set<ReportSection> sections = ReportSection.byDefault();
            for (String code : rs.getString(6).split(",")) {
                String c2 = code.strip();
                if (c2.startsWith("+")) {
                    Arrays.stream(ReportSection.values()).filter(s -> s.code().equals(c2.substring(1))).forEach(sections::add);
                } else if (!c2.isEmpty()) {
                    sections.removeIf(s -> s.code().equals(c2));
                }
            }
            return new ReportSettings(PlanStatus.fromCode(rs.getString(1)), Columns.dateOrNull(rs, 2),
                    rs.getString(3), rs.getString(4), ReportDetail.fromCode(rs.getString(5)), sections,
                    rs.getString(7));
        }
    }

    /** Saves {@code s}. */
    public void save(Connection c, ReportSettings s) throws SQLException {
        String leftOut = Arrays.stream(ReportSection.values()).filter(x -> x.optIn() == s.includes(x))
                .map(x -> (x.optIn() ? "+" : "") + x.code()).collect(Collectors.joining(","));
        Sql.update(c, "INSERT OR REPLACE INTO report_setting (id, plan_status, adopted_on, adopted_by, version_label, "
                        + "detail, left_out, introduction) VALUES (1, ?, ?, ?, ?, ?, ?, ?)", s.status().code(),
                Columns.iso(s.adoptedOn()), s.adoptedBy(), s.versionLabel(), s.detail().code(), leftOut,
                s.introduction());
    }
}
