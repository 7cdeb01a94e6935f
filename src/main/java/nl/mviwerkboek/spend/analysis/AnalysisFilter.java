package nl.mviwerkboek.spend.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which spend an analysis looks at: a year, an import, a product group (or only unclassified spend)
 * and a cost centre; null means all.
 */
public record AnalysisFilter(Integer year, Long importId, Long groupId, String costCentre) {

    /** The group id that stands for "Niet ingedeeld". */
    public static final long UNCLASSIFIED = -1;

    /** All spend. */
    public static final AnalysisFilter ALL = new AnalysisFilter(null, null, null, null);

    /** The same filter for one year. */
    public AnalysisFilter withYear(Integer newYear) {
        return new AnalysisFilter(newYear, importId, groupId, costCentre);
    }

    /** The SQL condition on the summary table aliased {@code k}, starting with " WHERE" when not empty. */
    String where(List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (year != null) {
            parts.add("k.year = ?");
            params.add(year);
        }
        if (importId != null) {
            parts.add("k.import_id = ?");
            params.add(importId);
        }
        if (groupId != null && groupId == UNCLASSIFIED) {
            parts.add("k.group_id IS NULL");
        } else if (groupId != null) {
            parts.add("k.group_id = ?");
            params.add(groupId);
        }
        if (costCentre != null) {
            parts.add("k.cost_centre = ?");
            params.add(costCentre);
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }
}
