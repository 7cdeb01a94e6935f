package nl.mviwerkboek.spend.contracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.analysis.AnalysisSettings;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Finds contracts for works and services (social services included) whose value reaches the
 * municipality's SROI threshold, and the expected obligation: value × the SROI percentage.
 */
public final class SroiCandidates {

    private SroiCandidates() {
    }

    /** The candidates, largest obligation first. Contracts without a group count as services. */
    public static List<SroiCandidate> find(List<Contract> contracts, Map<Long, ProductGroup> groups,
                                           AnalysisSettings settings) {
        List<SroiCandidate> result = new ArrayList<>();
        for (Contract k : contracts) {
            ProductGroup g = k.groupId() == null ? null : groups.get(k.groupId());
            ProcurementKind kind = g == null ? ProcurementKind.SERVICES : g.kind();
            if (kind.sroiApplies() && k.valueCents() >= settings.sroiThresholdCents()) {
                result.add(new SroiCandidate(k, g == null ? null : g.name(), obligation(k.valueCents(),
                        settings.sroiPercentage())));
            }
        }
        result.sort(Comparator.comparingLong(SroiCandidate::obligationCents).reversed());
        return result;
    }

    /** The obligation in cents, rounded half up to whole cents. */
    public static long obligation(long valueCents, double percentage) {
        return java.math.BigDecimal.valueOf(valueCents).multiply(java.math.BigDecimal.valueOf(percentage))
                .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
