package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * The "Niet ingedeeld" worklist: suppliers with unclassified spend in the filter, largest first; the
 * selected ones are assigned to a product group in one go (remembered for later imports).
 */
public final class WorklistViewModel {

    private final AnalysisViewModel shared;
    private final ObservableList<SupplierSpend> suppliers = FXCollections.observableArrayList();
    private final ObservableList<SupplierSpend> selected = FXCollections.observableArrayList();
    private final ObjectProperty<ProductGroup> target = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAssign = Bindings.isNotEmpty(selected).and(target.isNotNull());

    /** The worklist over the shared analysis state. */
    public WorklistViewModel(AnalysisViewModel shared) {
        this.shared = shared;
        shared.changesProperty().addListener((o, old, now) -> load());
    }

    private void load() {
        AnalysisFilter f = shared.filter();
        AnalysisFilter unclassified = new AnalysisFilter(f.year(), f.importId(), AnalysisFilter.UNCLASSIFIED,
                f.costCentre());
        shared.ui().then(shared.analysis().suppliers(unclassified), list -> {
            ObservableLists.update(suppliers, list);
            long cents = list.stream().mapToLong(SupplierSpend::cents).sum();
            summary.set(list.isEmpty() ? Messages.get("worklist.done") : Messages.get("worklist.summary",
                    Formats.amountRounded(cents), list.size()));
        });
    }

    /** Assigns the selected suppliers to the target group, then classifies again. */
    public void assign() {
        if (!canAssign.get()) {
            return;
        }
        List<Long> ids = selected.stream().map(SupplierSpend::supplierId).toList();
        shared.afterChange(shared.groups().assignSuppliers(ids, target.get().id()));
    }

    public ObservableList<SupplierSpend> suppliers() { return suppliers; }
    public ObservableList<SupplierSpend> selected() { return selected; }
    public ObjectProperty<ProductGroup> targetProperty() { return target; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public BooleanBinding canAssign() { return canAssign; }
    public ObservableList<ProductGroup> groups() { return shared.activeGroups(); }
}
