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
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * State of the rule list: rules in order with their group names, the selected rule, and the changes
 * (add, delete, move, file import and export). Each change is handed to {@code afterChange}, which
 * classifies again and refreshes the analysis.
 */
public final class RulesViewModel {

    private final GroupsService service;
    private final UiCallbacks ui;
    private final TaskRunner tasks;
    private final Consumer<CompletableFuture<?>> afterChange;
    private final ObservableList<ClassificationRule> rules = FXCollections.observableArrayList();
    private final ObservableList<ProductGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ClassificationRule> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final Map<Long, ProductGroup> byId = new HashMap<>();

    /** The list for one plan. */
    public RulesViewModel(GroupsService service, UiCallbacks ui, TaskRunner tasks,
                          Consumer<CompletableFuture<?>> afterChange) {
        this.service = service;
        this.tasks = tasks;
        this.ui = ui;
        this.afterChange = afterChange;
    }

    /** Loads rules and groups. */
    public CompletableFuture<Void> load() {
        return ui.then(service.rulesAndGroups(), loaded -> {
            List<ProductGroup> all = loaded.groups();
            byId.clear();
            all.forEach(g -> byId.put(g.id(), g));
            ObservableLists.update(groups, all.stream().filter(g -> !g.archived()).toList());
            Long keep = selected.get() == null ? null : selected.get().id();
            List<ClassificationRule> list = loaded.rules();
            ObservableLists.update(rules, list);
            selected.set(list.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        });
    }

    /** A fresh preview of what a new rule would catch, for the add dialog. */
    public RulePreviewViewModel preview() {
        return new RulePreviewViewModel(service, ui);
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

    /** Writes the rules to a file, as a background job. */
    public CompletableFuture<Path> export(Path file) {
        return tasks.run(Messages.get("task.rulesExport", file.getFileName()), ctx -> {
            GroupsService.RulesAndGroups current = service.rulesAndGroups().join();
            try {
                RuleFile.write(file, current.rules(), current.groups());
            } catch (java.io.IOException e) {
                throw new nl.mviwerkboek.shared.i18n.UserProblem(Messages.get("rules.export.failedTitle"),
                        Messages.get("rules.export.failed", file));
            }
            return file;
        });
    }

    /**
     * Reads a rule file and adds the rules the plan does not have, as a background job; the result says
     * how many. A file with a wrong row adds nothing and fails with the rows to correct.
     */
    public CompletableFuture<RuleFile.Imported> importFile(Path file) {
        CompletableFuture<RuleFile.Imported> done = tasks.run(Messages.get("task.rulesImport", file.getFileName()),
                ctx -> {
                    List<ClassificationRule> read = RuleFile.read(file, service.groups().join());
                    return service.write(c -> RuleFile.add(c, read)).join();
                });
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
