package nl.mviwerkboek.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.monitoring.Difference;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.PlanVersion;

/**
 * What the yearly progress report needs beyond the plan itself: the yearly version it reports from
 * (the latest, or none) and what changed in goals, actions and spend since then.
 */
public record ProgressSources(ReportSources plan, PlanVersion since, List<Difference> differences) {

    /** Reads the sources on {@code c}. */
    public static ProgressSources read(Connection c, LocalDate today) throws SQLException {
        return of(c, ReportSources.read(c, today));
    }

    /** The sources for the plan read as {@code plan}, with the differences read on {@code c}. */
    static ProgressSources of(Connection c, ReportSources plan) throws SQLException {
        PlanVersion latest = latest(plan.monitoring().versions());
        return new ProgressSources(plan, latest,
                latest == null ? List.of() : MonitoringService.compare(c, latest.id(), null));
    }

    /** The newest of {@code versions} (oldest first), or null when there are none. */
    static PlanVersion latest(List<PlanVersion> versions) {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The first day reported on: the day of the version, or the start of the plan period. */
    public LocalDate from() {
        return since == null ? LocalDate.of(plan.profile().periodStart(), 1, 1) : since.takenOn();
    }
}
