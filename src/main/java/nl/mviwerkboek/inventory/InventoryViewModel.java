package nl.mviwerkboek.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.ObservableLists;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** State of the inventory: items filtered by kind, the selected one, and add, change, delete and take over contracts. */
public final class InventoryViewModel {

    private final InventoryService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;
    private final ObservableList<InventoryItem> all = FXCollections.observableArrayList();
    private final FilteredList<InventoryItem> shown = new FilteredList<>(all);
    private final ObjectProperty<InventoryKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<InventoryItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Situation> situation = new SimpleObjectProperty<>(
            new Situation(List.of(), List.of(), List.of(), List.of(), List.of()));
    private final BooleanBinding hasSelection = selected.isNotNull();
    private Map<Long, String> themeNames = Map.of();
    private Map<Long, String> groupNames = Map.of();
    private final BooleanBinding noContractsToAdd = Bindings.createBooleanBinding(
            () -> situation.get().mviContractsToAdd().isEmpty(), situation);
    private final StringBinding addContractsText = Bindings.createStringBinding(() -> Messages.get(
            "inventory.action.addContracts", situation.get().mviContractsToAdd().size()), situation);

    /** The inventory of the plan behind {@code service}; new items are dated {@code today}. */
    public InventoryViewModel(InventoryService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.today = today;
        kindFilter.addListener((o, old, now) -> shown.setPredicate(now == null ? null : i -> i.kind() == now));
    }

    /** Loads the chapter's state. */
    public CompletableFuture<Void> load() {
        return show(service.situation(), -1);
    }

    /** Adds an item and selects it. */
    public CompletableFuture<Void> add(InventoryItem item) {
        return show(service.add(item), 0);
    }

    /** Saves changes to an item. */
    public CompletableFuture<Void> update(InventoryItem item) {
        return show(service.update(item), item.id());
    }

    /** Removes an item (the view asks first). */
    public CompletableFuture<Void> delete(InventoryItem item) {
        return show(service.delete(item), -1);
    }

    /** Adds every contract marked "MVI applied" that is not in the inventory yet. */
    public CompletableFuture<Void> addMviContracts() {
        return show(service.addMviContracts(), -1);
    }

    private CompletableFuture<Void> show(CompletableFuture<Situation> work, long select) {
        return ui.then(work, s -> {
            themeNames = s.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
            groupNames = s.groups().stream().collect(Collectors.toMap(ProductGroup::id, ProductGroup::name));
            situation.set(s);
            ObservableLists.update(all, s.items());
            long id = select == 0 ? s.items().stream().mapToLong(InventoryItem::id).max().orElse(-1) : select;
            selected.set(s.items().stream().filter(i -> i.id() == id).findFirst().orElse(null));
        });
    }

    /** A form for a new item. */
    public InventoryFormViewModel newForm() {
        return new InventoryFormViewModel(InventoryFormViewModel.blank(today.get()), themes(), groups());
    }

    /** A form for the selected item. */
    public InventoryFormViewModel editForm() {
        return new InventoryFormViewModel(selected.get(), themes(), groups());
    }

    /** The names of an item's themes, joined. */
    public String themeNames(InventoryItem item) {
        return item.themeIds().stream().map(themeNames::get).filter(n -> n != null).collect(Collectors.joining(", "));
    }

    /** The name of an item's product group, or empty. */
    public String groupName(InventoryItem item) {
        return item.groupId() == null ? "" : groupNames.getOrDefault(item.groupId(), "");
    }

    public List<Theme> themes() { return situation.get().themes(); }
    public List<ProductGroup> groups() { return situation.get().groups(); }
    public ObservableList<InventoryItem> items() { return shown; }
    public ObservableList<InventoryItem> allItems() { return all; }
    public ObjectProperty<InventoryKind> kindFilterProperty() { return kindFilter; }
    public ObjectProperty<InventoryItem> selectedProperty() { return selected; }
    public ObjectProperty<Situation> situationProperty() { return situation; }
    public BooleanBinding hasSelection() { return hasSelection; }
    public BooleanBinding noContractsToAdd() { return noContractsToAdd; }
    public StringBinding addContractsText() { return addContractsText; }
}
