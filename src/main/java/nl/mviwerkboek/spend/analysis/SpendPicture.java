package nl.mviwerkboek.spend.analysis;

import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Everything the analysis views show for one filter, read in one go from the summary table: the
 * classified share, spend by group, year, cost centre and supplier, ABC classes, local/MKB share, the
 * EU-threshold signals with the threshold table, and whether lines still wait for classification.
 */
public record SpendPicture(AnalysisFilter filter, ClassifiedShare share, List<Totals> byGroup, List<Totals> byYear,
                           List<Totals> byCostCentre, List<SupplierSpend> suppliers, Pareto.Result pareto,
                           LocalShare local, List<ThresholdSignal> signals, Map<Long, ProductGroup> groups,
                           AnalysisSettings settings, List<EuThreshold> thresholds, boolean needsClassification,
                           List<YearCoverage> coverage) {

    /** The coverage of {@code year}, or null when it has no spend. */
    public YearCoverage coverageOf(int year) {
        return coverage.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** The years whose spend covers only part of the year. */
    public List<YearCoverage> partialYears() {
        return coverage.stream().filter(YearCoverage::partial).toList();
    }


    /** The total spend in the filter. */
    public long totalCents() {
        return share.totalCents();
    }
}
