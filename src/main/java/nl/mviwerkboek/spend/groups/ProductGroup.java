package nl.mviwerkboek.spend.groups;

import java.util.Map;

/**
 * A product group (inkooppakket) of the plan, such as "Schoonmaak": where it sits in the catalogue,
 * what kind of procurement it is, and its indicative impact score (0–3) per dimension with the basis.
 */
public record ProductGroup(long id, String code, String cluster, String name, String description,
                           String cpvPrefix, ProcurementKind kind, String impactBasis, int position,
                           boolean archived, Long mergedInto, boolean focus, Map<ImpactDimension, Integer> impact) {

    /** The score for a dimension; 0 when none was given. */
    public int impactOf(ImpactDimension dimension) {
        return impact.getOrDefault(dimension, 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
