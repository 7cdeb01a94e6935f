package nl.mviwerkboek.overview;

import java.util.Map;
import java.util.Set;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.StakeholderRole;

/**
 * What a plan holds at a glance: its profile, schema version, and the number of records of each
 * kind under the stable keys the command line prints ({@code stakeholders}, {@code themes}, …).
 */
public record PlanSummary(PlanProfile profile, int schemaVersion, Map<String, Long> counts,
                          Set<StakeholderRole> rolesPresent) {

    /** The count under a key, 0 when the plan has none. */
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }
}
