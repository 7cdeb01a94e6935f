package nl.mviwerkboek.spend.analysis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.groups.ClassificationStorage;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/** The spend analysis of one open plan: the picture for a filter, the filter choices and the settings. */
public final class AnalysisService {

    private final PlanDatabase db;
    private static final AnalysisStorage STORAGE = new AnalysisStorage();
    private static final SettingsStorage SETTINGS = new SettingsStorage();

    /** The service for one open plan. */
    public AnalysisService(PlanDatabase db) {
        this.db = db;
    }

    /** The analysis for a filter. */
    public CompletableFuture<SpendPicture> picture(AnalysisFilter filter) {
        return db.read(c -> read(c, filter));
    }

    /** Reads the analysis for a filter on {@code c} (also used by the command line and other chapters). */
    public static SpendPicture read(Connection c, AnalysisFilter filter) throws SQLException {
        Map<Long, ProductGroup> groups = new LinkedHashMap<>();
        new ProductGroupStorage().list(c).forEach(g -> groups.put(g.id(), g));
        List<SupplierSpend> suppliers = STORAGE.bySupplier(c, filter);
        AnalysisSettings s = SETTINGS.load(c);
        List<EuThreshold> thresholds = SETTINGS.thresholds(c);
        List<YearCoverage> coverage = STORAGE.coverage(c);
        return new SpendPicture(filter, STORAGE.classifiedShare(c, filter), STORAGE.byGroup(c, filter),
                STORAGE.byYear(c, filter), STORAGE.byCostCentre(c, filter), suppliers, Pareto.analyse(suppliers),
                LocalShare.of(suppliers, s), ThresholdSignals.find(STORAGE.bySupplierGroupYear(c, filter), groups,
                thresholds, coverage), groups, s, thresholds, new ClassificationStorage().needsClassification(c), coverage);
    }

    /**
     * The analysis in numbers for the plan summary, reading only what those numbers need (the classified share
     * and the threshold signals), not every view of {@link #read}: a summary table of a large plan has some
     * 200,000 rows, and each view is a pass over it (issue 19). The same numbers as {@link AnalysisCounts#of}.
     */
    public static AnalysisCounts counts(Connection c, long contracts) throws SQLException {
        Map<Long, ProductGroup> groups = new LinkedHashMap<>();
        new ProductGroupStorage().list(c).forEach(g -> groups.put(g.id(), g));
        long active = groups.values().stream().filter(g -> !g.archived()).count();
        long focus = groups.values().stream().filter(g -> g.focus() && !g.archived()).count();
        int signals = ThresholdSignals.find(STORAGE.bySupplierGroupYear(c, AnalysisFilter.ALL), groups,
                SETTINGS.thresholds(c), STORAGE.coverage(c)).size();
        return new AnalysisCounts(STORAGE.classifiedShare(c, AnalysisFilter.ALL).byAmount(), active, focus, contracts,
                signals);
    }

    /** What the filters offer: years and cost centres with spend, and the product groups. */
    public record FilterChoices(List<Integer> years, List<String> costCentres, List<ProductGroup> groups) {
    }

    /** The filter choices, read in one go. */
    public CompletableFuture<FilterChoices> choices() {
        return db.read(c -> new FilterChoices(STORAGE.years(c), STORAGE.costCentres(c),
                new ProductGroupStorage().list(c)));
    }

    /** Spend per supplier (merged ones under their root) in a filter, largest first. */
    public CompletableFuture<List<SupplierSpend>> suppliers(AnalysisFilter filter) {
        return db.read(c -> STORAGE.bySupplier(c, filter));
    }

    /** The analysis settings. */
    public CompletableFuture<AnalysisSettings> settings() {
        return db.read(SETTINGS::load);
    }

    /** Saves the analysis settings. */
    public CompletableFuture<Void> saveSettings(AnalysisSettings s) {
        return db.write(c -> {
            SETTINGS.save(c, s);
            return null;
        });
    }

    /** Adds or changes the thresholds of a year. */
    public CompletableFuture<Void> saveThreshold(EuThreshold t) {
        return db.write(c -> {
            SETTINGS.saveThreshold(c, t);
            return null;
        });
    }
}
