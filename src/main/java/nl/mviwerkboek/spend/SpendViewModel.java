package nl.mviwerkboek.spend;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** State of the Spendanalyse page: totals, the import history, the selected import. */
public final class SpendViewModel {

    private final SpendService service;
    private final UiCallbacks ui;
    private final ObservableList<ImportRecord> imports = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRecord> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");

    /** The page for the plan behind {@code service}. */
    public SpendViewModel(SpendService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Loads history and totals. */
    public CompletableFuture<Void> load() {
        return ui.then(service.imports().thenCombine(service.totals(), Loaded::new), loaded -> {
            imports.setAll(loaded.imports());
            SpendTotals t = loaded.totals();
            totals.set(t.lines() == 0 ? Messages.get("spend.totals.none") : Messages.get("spend.totals",
                    t.lines(), Formats.amountRounded(t.amountCents()), t.suppliers(), t.imports()));
        });
    }

    private record Loaded(List<ImportRecord> imports, SpendTotals totals) {
    }

    /** Deletes an import with its lines (the view asks first). */
    public CompletableFuture<Void> delete(ImportRecord record) {
        return ui.then(service.delete(record.id()).thenCompose(v -> load()), v -> selected.set(null));
    }

    /** The service, for the import flow. */
    public SpendService service() {
        return service;
    }

    public ObservableList<ImportRecord> imports() { return imports; }
    public ObjectProperty<ImportRecord> selectedProperty() { return selected; }
    public BooleanBinding hasSelection() { return hasSelection; }
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
}
