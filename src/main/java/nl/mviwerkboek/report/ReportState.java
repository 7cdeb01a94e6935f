package nl.mviwerkboek.report;

import nl.mviwerkboek.monitoring.PlanVersion;

/** What the report chapter shows: the settings, the organisation's name and the latest yearly version (or null). */
public record ReportState(ReportSettings settings, String organisation, PlanVersion latestVersion) {

    /** The state shown until the first read arrives. */
    public static ReportState empty() {
        return new ReportState(ReportSettings.defaults(), "", null);
    }
}
