package nl.mviwerkboek.spend.groups;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** State of the product group catalogue: add, edit, merge, archive; archived groups shown on request. */
public final class GroupsViewModel {

    private final GroupsService service;
    private final UiCallbacks ui;
    private final Consumer<CompletableFuture<?>> afterChange;
    private final ObservableList<ProductGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ProductGroup> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final BooleanBinding hasSelection = selected.isNotNull();
    private List<ProductGroup> all = List.of();

    /** The catalogue of one plan; {@code afterChange} refreshes the analysis after a merge. */
    public GroupsViewModel(GroupsService service, UiCallbacks ui, Consumer<CompletableFuture<?>> afterChange) {
        this.service = service;
        this.ui = ui;
        this.afterChange = afterChange;
        showArchived.addListener((o, old, now) -> show());
    }

    /** Loads the groups. */
    public CompletableFuture<Void> load() {
        return ui.then(service.groups(), list -> {
            all = list;
            show();
        });
    }

    private void show() {
        Long keep = selected.get() == null ? null : selected.get().id();
        ObservableLists.update(groups, all.stream().filter(g -> showArchived.get() || !g.archived()).toList());
        selected.set(groups.stream().filter(g -> keep != null && g.id() == keep).findFirst().orElse(null));
    }

    /** The groups a selected group can be merged into (active, not itself). */
    public List<ProductGroup> mergeTargets() {
        return all.stream().filter(g -> !g.archived() && (selected.get() == null || g.id() != selected.get().id()))
                .toList();
    }

    /** Adds a group with everything the dialog gave. */
    public void add(ProductGroup g) {
        ui.then(service.addGroup(g.name(), g.cluster(), g.kind()).thenCompose(id -> service.updateGroup(
                new ProductGroup(id, "", g.cluster(), g.name(), g.description(), g.cpvPrefix(), g.kind(),
                        g.impactBasis(), 0, false, null, false, g.impact()))), v -> load());
    }

    /** Saves a changed group. */
    public void save(ProductGroup g) {
        ui.then(service.updateGroup(g), v -> refreshAll());
    }

    /** Merges the selected group into another. */
    public void mergeSelectedInto(ProductGroup target) {
        if (selected.get() != null) {
            ui.then(service.merge(selected.get().id(), target.id()), v -> refreshAll());
        }
    }

    /** Archives the selected group, or brings it back. */
    public void toggleArchived() {
        ProductGroup g = selected.get();
        if (g != null && g.mergedInto() == null) {
            ui.then(service.setArchived(g.id(), !g.archived()), v -> refreshAll());
        }
    }

    private void refreshAll() {
        load();
        afterChange.accept(CompletableFuture.completedFuture(null));
    }

    public ObservableList<ProductGroup> groups() { return groups; }
    public ObjectProperty<ProductGroup> selectedProperty() { return selected; }
    public BooleanProperty showArchivedProperty() { return showArchived; }
    public BooleanBinding hasSelection() { return hasSelection; }
}
