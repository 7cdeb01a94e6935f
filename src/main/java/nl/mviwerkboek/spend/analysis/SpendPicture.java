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
                           AnalysisSettings settings, List<EuThreshold> thresholds, boolean needsClassification) {

    /** The total spend in the filter. */
    public long totalCents() {
        return share.totalCents();
    }
}
