package nl.mviwerkboek.spend.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Finds supplier × product group combinations whose yearly spend, counted over four years, reaches the
 * EU threshold of that year for the group's kind. Unclassified spend is checked as services. Advice to
 * check, never a verdict: the real need may be organised differently. Years outside the threshold table are not
 * checked (their threshold is unknown); a year the data covers only in part is checked on what was booked, not
 * extrapolated, and the signal says how many months it covers.
 */
public final class ThresholdSignals {

    private ThresholdSignals() {
    }

    /** The signals (one per supplier and group), largest estimated value first. */
    public static List<ThresholdSignal> find(List<SupplierGroupYear> spend, Map<Long, ProductGroup> groups,
                                             List<EuThreshold> thresholds, List<YearCoverage> coverage) {
        Map<Integer, Integer> partial = new java.util.HashMap<>();
        coverage.stream().filter(YearCoverage::partial).forEach(y -> partial.put(y.year(), y.months()));
        Map<String, ThresholdSignal> latest = new java.util.HashMap<>();
        Map<String, Integer> years = new java.util.HashMap<>();
        if (thresholds.isEmpty()) {
            return new ArrayList<>();
        }
        for (SupplierGroupYear s : spend) {
            ProductGroup g = s.groupId() == null ? null : groups.get(s.groupId());
            ProcurementKind kind = g == null ? ProcurementKind.SERVICES : g.kind();
            EuThreshold t = applicable(thresholds, s.year());
            if (t == null) {
                continue;
            }
            long estimated = s.cents() * ThresholdSignal.YEARS_ESTIMATED;
            long threshold = t.forKind(kind);
            if (s.cents() > 0 && estimated >= threshold) {
                String key = s.supplierId() + "/" + s.groupId();
                years.merge(key, 1, Integer::sum);
                ThresholdSignal known = latest.get(key);
                if (known == null || known.year() < s.year()) {
                    latest.put(key, new ThresholdSignal(s.supplierId(), s.supplierName(), s.groupId(),
                            g == null ? null : g.name(), kind, s.year(), s.cents(), estimated, threshold, t.year(), 0,
                            partial.getOrDefault(s.year(), 0)));
                }
            }
        }
        List<ThresholdSignal> signals = new ArrayList<>();
        latest.forEach((key, x) -> signals.add(new ThresholdSignal(x.supplierId(), x.supplierName(), x.groupId(),
                x.groupName(), x.kind(), x.year(), x.yearlyCents(), x.estimatedCents(), x.thresholdCents(),
                x.thresholdYear(), years.get(key), x.monthsCovered())));
        signals.sort(Comparator.comparingLong(ThresholdSignal::estimatedCents).reversed()
                .thenComparing(ThresholdSignal::supplierName));
        return signals;
    }

    /**
     * The thresholds that apply in {@code year}: the table's row of that year or of the last year before it, or
     * null when the year lies before the table's first year or after its last (the threshold is unknown).
     */
    public static EuThreshold applicable(List<EuThreshold> thresholds, int year) {
        if (thresholds.isEmpty() || year > thresholds.stream().mapToInt(EuThreshold::year).max().orElseThrow()) {
            return null;
        }
        return thresholds.stream().filter(t -> t.year() <= year).max(Comparator.comparingInt(EuThreshold::year))
                .orElse(null);
    }
}
