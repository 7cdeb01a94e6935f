package nl.mviwerkboek.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** State of the stakeholder list: the stakeholders, the selected one, and add, change and delete. */
public final class StakeholdersViewModel {

    private static final List<StakeholderRole> KEY_ROLES =
            List.of(StakeholderRole.BESTUURDER, StakeholderRole.INKOOPCOORDINATOR, StakeholderRole.BUDGETHOUDER);

    private final StakeholderService service;
    private final UiCallbacks ui;
    private final ObservableList<Stakeholder> items = FXCollections.observableArrayList();
    private final ObjectProperty<Stakeholder> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final StringBinding missingRoles = Bindings.createStringBinding(this::missingRolesText, items);

    /** The list for the plan behind {@code service}. */
    public StakeholdersViewModel(StakeholderService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Loads the stakeholders. */
    public CompletableFuture<Void> load() {
        return ui.then(service.list(), items::setAll);
    }

    /** Adds a stakeholder and selects it. */
    public CompletableFuture<Void> add(Stakeholder stakeholder) {
        return refreshAndSelect(service.add(stakeholder));
    }

    /** Saves changes to a stakeholder and keeps it selected. */
    public CompletableFuture<Void> update(Stakeholder stakeholder) {
        return refreshAndSelect(service.update(stakeholder));
    }

    /** Removes a stakeholder (the view asks for confirmation first). */
    public CompletableFuture<Void> delete(Stakeholder stakeholder) {
        return ui.then(service.delete(stakeholder).thenCompose(v -> service.list()), list -> {
            items.setAll(list);
            selected.set(null);
        });
    }

    private CompletableFuture<Void> refreshAndSelect(CompletableFuture<Stakeholder> change) {
        return ui.then(change.thenCompose(s -> service.list().thenApply(list -> new Refreshed(s, list))), r -> {
            items.setAll(r.list());
            selected.set(r.list().stream().filter(s -> s.id() == r.changed().id()).findFirst().orElse(null));
        });
    }

    private record Refreshed(Stakeholder changed, List<Stakeholder> list) {
    }

    private String missingRolesText() {
        Set<StakeholderRole> present = EnumSet.noneOf(StakeholderRole.class);
        items.forEach(s -> present.add(s.role()));
        List<String> missing = KEY_ROLES.stream().filter(r -> !present.contains(r)).map(StakeholderRole::label).toList();
        return missing.isEmpty() ? "" : Messages.get("starten.stakeholders.missingRoles", String.join(", ", missing));
    }

    /** The stakeholders by name. */
    public ObservableList<Stakeholder> items() {
        return items;
    }

    /** The stakeholder selected in the table. */
    public ObjectProperty<Stakeholder> selectedProperty() {
        return selected;
    }

    /** Whether a stakeholder is selected (edit and delete need one). */
    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    /** Advice naming key roles nobody has yet; empty when all are there. */
    public StringBinding missingRoles() {
        return missingRoles;
    }
}
