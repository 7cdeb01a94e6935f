package nl.mviwerkboek.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.mviwerkboek.monitoring.Difference;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.PlanVersion;

/**
 * The adopted plan against the current one: the yearly version that holds the adopted text (the last taken on
 * or before the adoption date, else the first after it) and what changed in goals and actions since. A
 * document of an adopted plan with changes is the state of affairs on its date, not the adopted text (ADR 0036).
 */
public record Adoption(PlanVersion version, List<Difference> changes, int spendChanges) {

    /** Nothing adopted, or no yearly version to compare with. */
    public static final Adoption NONE = new Adoption(null, List.of(), 0);

    /** The adoption of the plan on {@code c}, given its report settings and yearly versions (oldest first). */
    static Adoption read(Connection c, ReportSettings settings, List<PlanVersion> versions) throws SQLException {
        if (settings.concept() || versions.isEmpty()) {
            return NONE;
        }
        LocalDate on = settings.adoptedOn();
        PlanVersion adopted = on == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> !v.takenOn().isAfter(on)).max(Comparator.comparing(PlanVersion::takenOn))
                .orElse(versions.get(0));
        List<Difference> all = MonitoringService.compare(c, adopted.id(), null);
        return new Adoption(adopted, all.stream().filter(d -> d.part() != Difference.Part.SPEND).toList(),
                (int) all.stream().filter(d -> d.part() == Difference.Part.SPEND).count());
    }

    /** Whether goals or actions changed since the adopted version: the document shows the state of affairs. */
    public boolean changed() {
        return version != null && !changes.isEmpty();
    }
}
