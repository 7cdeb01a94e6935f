package nl.mviwerkboek.spend.analysis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;
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
        return new SpendPicture(filter, STORAGE.classifiedShare(c, filter), STORAGE.byGroup(c, filter),
                STORAGE.byYear(c, filter), STORAGE.byCostCentre(c, filter), suppliers, Pareto.analyse(suppliers),
                LocalShare.of(suppliers, s), ThresholdSignals.find(STORAGE.bySupplierGroupYear(c, filter), groups,
                SETTINGS.thresholds(c)), groups, s);
    }

    /** Spend per supplier (merged ones under their root) in a filter, largest first. */
    public CompletableFuture<List<SupplierSpend>> suppliers(AnalysisFilter filter) {
        return db.read(c -> STORAGE.bySupplier(c, filter));
    }

    /** The years with spend. */
    public CompletableFuture<List<Integer>> years() {
        return db.read(STORAGE::years);
    }

    /** The cost centres with spend. */
    public CompletableFuture<List<String>> costCentres() {
        return db.read(STORAGE::costCentres);
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

    /** The EU thresholds per year. */
    public CompletableFuture<List<EuThreshold>> thresholds() {
        return db.read(SETTINGS::thresholds);
    }

    /** Adds or changes the thresholds of a year. */
    public CompletableFuture<Void> saveThreshold(EuThreshold t) {
        return db.write(c -> {
            SETTINGS.saveThreshold(c, t);
            return null;
        });
    }
}
