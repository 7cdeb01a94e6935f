package nl.mviwerkboek.spend.suppliers;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.spend.analysis.AnalysisViewModel;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.SupplierSpend;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * State of the "Leveranciers" tab: suppliers with search, the detail of the selected one (size and
 * single-line assignment), merge suggestions to confirm or reject, and merges that can be undone.
 */
public final class SuppliersViewModel {

    /** How many suppliers the list shows at most. */
    public static final int SHOWN = 200;

    private final SupplierService service;
    private final AnalysisViewModel shared;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<SupplierSpend> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierSpend> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SupplierDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MergeSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<MergeSuggestion> suggestion = new SimpleObjectProperty<>();
    private final ObservableList<SupplierMerge> merges = FXCollections.observableArrayList();
    private final ObjectProperty<SupplierMerge> merge = new SimpleObjectProperty<>();
    private final ObjectProperty<SupplierDetail.Line> line = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductGroup> lineGroup = new SimpleObjectProperty<>();
    private final BooleanBinding canAssignLine = line.isNotNull().and(lineGroup.isNotNull());

    /** The tab's state over the shared analysis state. */
    public SuppliersViewModel(SupplierService service, AnalysisViewModel shared) {
        this.service = service;
        this.shared = shared;
        shared.changesProperty().addListener((o, old, now) -> filter());
        shared.reloadsProperty().addListener((o, old, now) -> load());
        search.addListener((o, old, now) -> filter());
        selected.addListener((o, old, now) -> loadDetail());
    }

    /** After the data changed: suggestions, merges and the detail shown (none of them depend on the filter). */
    private void load() {
        shared.ui().then(service.suggestions(), s -> ObservableLists.update(suggestions, s));
        shared.ui().then(service.merges(), m -> ObservableLists.update(merges, m));
        loadDetail();
    }

    private void filter() {
        SpendPicture p = shared.pictureProperty().get();
        if (p == null) {
            return;
        }
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        ObservableLists.update(suppliers, p.suppliers().stream().filter(s -> q.isEmpty() || s.name().toLowerCase(Locale.ROOT)
                .contains(q) || (s.kvk() != null && s.kvk().contains(q))).limit(SHOWN).toList());
    }

    private void loadDetail() {
        SupplierSpend s = selected.get();
        if (s == null) {
            detail.set(null);
            return;
        }
        shared.ui().then(service.detail(s.supplierId()), detail::set);
    }

    /** Merges the selected suggestion. */
    public void mergeSuggestion() {
        if (suggestion.get() != null) {
            shared.afterChange(service.merge(suggestion.get()));
        }
    }

    /** Rejects the selected suggestion for good. */
    public void rejectSuggestion() {
        if (suggestion.get() != null) {
            shared.ui().then(service.reject(suggestion.get()), v -> load());
        }
    }

    /** Undoes the selected merge. */
    public void undoMerge() {
        if (merge.get() != null) {
            shared.afterChange(service.undo(merge.get().id()));
        }
    }

    /** Saves the size of the shown supplier: "mkb", "large" or null. */
    public void setSize(String size) {
        SupplierDetail d = detail.get();
        if (d != null && !java.util.Objects.equals(size, d.size())) {
            shared.ui().then(service.setSize(d.id(), size), v -> shared.refresh(null));
        }
    }

    /** Assigns the selected line to the chosen group (beats rules and the supplier's assignment). */
    public void assignLine() {
        if (canAssignLine.get()) {
            shared.afterChange(shared.groups().assignLine(line.get().lineKey(), lineGroup.get().id()));
        }
    }

    public StringProperty searchProperty() { return search; }
    public ObservableList<SupplierSpend> suppliers() { return suppliers; }
    public ObjectProperty<SupplierSpend> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<SupplierDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ObservableList<MergeSuggestion> suggestions() { return suggestions; }
    public ObjectProperty<MergeSuggestion> suggestionProperty() { return suggestion; }
    public ObservableList<SupplierMerge> merges() { return merges; }
    public ObjectProperty<SupplierMerge> mergeProperty() { return merge; }
    public ObjectProperty<SupplierDetail.Line> lineProperty() { return line; }
    public ObjectProperty<ProductGroup> lineGroupProperty() { return lineGroup; }
    public BooleanBinding canAssignLine() { return canAssignLine; }
    public ObservableList<ProductGroup> groups() { return shared.activeGroups(); }
}
