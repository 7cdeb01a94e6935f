package nl.mviwerkboek.spend.groups;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * State of the rule list: rules in order with their group names, the selected rule, and the changes
 * (add, delete, move, file import and export). Each change is handed to {@code afterChange}, which
 * classifies again and refreshes the analysis.
 */
public final class RulesViewModel {

    private final GroupsService service;
    private final UiCallbacks ui;
    private final Consumer<CompletableFuture<?>> afterChange;
    private final ObservableList<ClassificationRule> rules = FXCollections.observableArrayList();
    private final ObservableList<ProductGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ClassificationRule> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final Map<Long, ProductGroup> byId = new HashMap<>();

    /** The list for one plan. */
    public RulesViewModel(GroupsService service, UiCallbacks ui, Consumer<CompletableFuture<?>> afterChange) {
        this.service = service;
        this.ui = ui;
        this.afterChange = afterChange;
    }

    /** Loads rules and groups. */
    public CompletableFuture<Void> load() {
        return ui.then(service.rules().thenCombine(service.groups(), (r, g) -> new Object[] {r, g}), loaded -> {
            @SuppressWarnings("unchecked")
            List<ProductGroup> all = (List<ProductGroup>) loaded[1];
            byId.clear();
            all.forEach(g -> byId.put(g.id(), g));
            ObservableLists.update(groups, all.stream().filter(g -> !g.archived()).toList());
            Long keep = selected.get() == null ? null : selected.get().id();
            @SuppressWarnings("unchecked")
            List<ClassificationRule> list = (List<ClassificationRule>) loaded[0];
            ObservableLists.update(rules, list);
            selected.set(list.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        });
    }

    /** The name of a rule's group. */
    public String groupName(ClassificationRule r) {
        ProductGroup g = byId.get(r.groupId());
        return g == null ? "" : g.name();
    }

    /** Adds a rule at the end. */
    public void add(RuleKind kind, String value, String valueTo, ProductGroup group) {
        changed(service.addRule(kind, value, valueTo, group.id()));
    }

    /** Deletes the selected rule. */
    public void deleteSelected() {
        if (selected.get() != null) {
            changed(service.deleteRule(selected.get().id()));
        }
    }

    /** Moves the selected rule one place up (-1) or down (+1). */
    public void moveSelected(int step) {
        if (selected.get() != null) {
            changed(service.moveRule(selected.get().id(), step));
        }
    }

    /** Writes the rules to a file. */
    public CompletableFuture<Void> export(Path file) {
        return ui.then(service.rules().thenCombine(service.groups(), (r, g) -> {
            try {
                RuleFile.write(file, r, g);
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), v -> { });
    }

    /** Reads a rule file and adds the rules the plan does not have; the result says how many. */
    public CompletableFuture<RuleFile.Imported> importFile(Path file) {
        CompletableFuture<RuleFile.Imported> done = service.groups().thenApply(g -> {
            try {
                return RuleFile.read(file, g);
            } catch (nl.mviwerkboek.shared.i18n.UserProblem e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).thenCompose(read -> service.write(c -> RuleFile.add(c, read)));
        changed(done.handle((r, e) -> e == null));
        return done;
    }

    /** After a change was saved: classify again, refresh the analysis and this list. */
    private void changed(CompletableFuture<?> change) {
        ui.then(change, result -> {
            if (!Boolean.FALSE.equals(result)) {
                afterChange.accept(CompletableFuture.completedFuture(null));
                load();
            }
        });
    }

    public ObservableList<ClassificationRule> rules() { return rules; }
    public ObservableList<ProductGroup> groups() { return groups; }
    public ObjectProperty<ClassificationRule> selectedProperty() { return selected; }
    public BooleanBinding hasSelection() { return hasSelection; }
}
