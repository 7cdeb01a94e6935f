package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** State of the "Uitgaven" tab: spend by the chosen dimension, suppliers with search, ABC classes, local share. */
public final class SpendingViewModel {

    /** What the spend table is broken down by. */
    public enum Dimension implements nl.mviwerkboek.shared.i18n.Labelled {
        GROUP, SUPPLIER, YEAR, COST_CENTRE;

        @Override
        public String labelKey() {
            return "analysis.by." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** How many suppliers the supplier table shows at most. */
    public static final int TOP_SUPPLIERS = 100;

    private final AnalysisViewModel shared;
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.GROUP);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Totals> rows = FXCollections.observableArrayList();
    private final ObservableList<SupplierSpend> suppliers = FXCollections.observableArrayList();
    private final ObservableList<Pareto.ClassTotals> classes = FXCollections.observableArrayList();
    private final ObservableList<Pareto.Point> curve = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper paretoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper localText = new ReadOnlyStringWrapper("");
    private final StringProperty localPlaces = new SimpleStringProperty("");
    private final StringProperty localPostcodes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper postcodesError = new ReadOnlyStringWrapper("");

    /** The tab's state over the shared analysis state. */
    public SpendingViewModel(AnalysisViewModel shared) {
        this.shared = shared;
        shared.pictureProperty().addListener((o, old, now) -> update());
        dimension.addListener((o, old, now) -> update());
        search.addListener((o, old, now) -> update());
    }

    private void update() {
        SpendPicture p = shared.pictureProperty().get();
        if (p == null) {
            return;
        }
        ObservableLists.update(rows, switch (dimension.get()) {
            case GROUP -> p.byGroup().stream().map(t -> t.key() == null ? new Totals(null,
                    Messages.get("groups.unclassified"), t.lines(), t.suppliers(), t.cents()) : t).toList();
            case YEAR -> p.byYear();
            case COST_CENTRE -> p.byCostCentre().stream().map(t -> t.label().isEmpty() ? new Totals("",
                    Messages.get("analysis.noCostCentre"), t.lines(), t.suppliers(), t.cents()) : t).toList();
            case SUPPLIER -> List.of();
        });
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<SupplierSpend> found = new ArrayList<>();
        for (SupplierSpend s : p.suppliers()) {
            if (found.size() == TOP_SUPPLIERS) {
                break;
            }
            if (q.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(q)) {
                found.add(s);
            }
        }
        ObservableLists.update(suppliers, found);
        ObservableLists.update(classes, p.pareto().classes());
        ObservableLists.update(curve, p.pareto().curve());
        paretoText.set(p.suppliers().isEmpty() ? "" : Messages.get("analysis.pareto.sentence",
                Formats.percent(p.pareto().supplierShareFor80())));
        LocalShare l = p.local();
        String local = l.localDefined() ? Messages.get("analysis.local.share", Formats.percent(l.local()),
                Formats.amountRounded(l.localCents())) : Messages.get("analysis.local.undefined");
        String mkb = l.knownSizeCents() == 0 ? Messages.get("analysis.mkb.unknown")
                : Messages.get("analysis.mkb.share", Formats.percent(l.mkb()), Formats.percent(l.sizeKnown()));
        localText.set(local + "\n" + mkb);
        localPlaces.set(p.settings().localPlaces());
        localPostcodes.set(p.settings().localPostcodes());
    }

    /** The ABC class of a supplier in the current picture. */
    public AbcClass classOf(SupplierSpend s) {
        SpendPicture p = shared.pictureProperty().get();
        return p == null ? AbcClass.D : p.pareto().classOf().getOrDefault(s.supplierId(), AbcClass.D);
    }

    /** The share of the filtered total. */
    public double shareOf(long cents) {
        SpendPicture p = shared.pictureProperty().get();
        return p == null || p.totalCents() <= 0 ? 0 : (double) cents / p.totalCents();
    }

    /** Saves which places and postcodes count as local; refuses postcodes that are not 4 digits or ranges. */
    public void saveLocal() {
        if (!AnalysisSettings.validPostcodes(localPostcodes.get())) {
            postcodesError.set(Messages.get("analysis.local.postcodesError"));
            return;
        }
        postcodesError.set("");
        AnalysisSettings s = shared.pictureProperty().get().settings();
        shared.ui().then(shared.analysis().saveSettings(new AnalysisSettings(localPlaces.get().strip(),
                localPostcodes.get().strip(), s.sroiThresholdCents(), s.sroiPercentage())),
                v -> shared.refresh(null));
    }

    public ObjectProperty<Dimension> dimensionProperty() { return dimension; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<Totals> rows() { return rows; }
    public ObservableList<SupplierSpend> suppliers() { return suppliers; }
    public ObservableList<Pareto.ClassTotals> classes() { return classes; }
    public ObservableList<Pareto.Point> curve() { return curve; }
    public ReadOnlyStringProperty paretoTextProperty() { return paretoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty localTextProperty() { return localText.getReadOnlyProperty(); }
    public StringProperty localPlacesProperty() { return localPlaces; }
    public StringProperty localPostcodesProperty() { return localPostcodes; }
    public ReadOnlyStringProperty postcodesErrorProperty() { return postcodesError.getReadOnlyProperty(); }
}
