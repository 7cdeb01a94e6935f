package nl.mviwerkboek.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** State of the plan's theme list: the themes in order, the selected one, and add, rename, archive, move. */
public final class ThemesViewModel {

    private final ThemeService service;
    private final UiCallbacks ui;
    private final ObservableList<Theme> items = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanBinding selectedArchived = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().archived(), selected);

    /** The list for the plan behind {@code service}. */
    public ThemesViewModel(ThemeService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Loads the themes. */
    public CompletableFuture<Void> load() {
        return ui.then(service.list(), items::setAll);
    }

    /** Adds a theme with a name checked by {@link ThemeNameViewModel}, and selects it. */
    public CompletableFuture<Void> add(String name) {
        return show(service.add(name), name);
    }

    /** Renames the selected theme. */
    public CompletableFuture<Void> renameSelected(String name) {
        return show(service.rename(selected.get(), name), name);
    }

    /** Archives the selected theme, or restores it when it is archived. */
    public CompletableFuture<Void> toggleArchived() {
        Theme theme = selected.get();
        return show(service.setArchived(theme, !theme.archived()), theme.name());
    }

    /** Moves the selected theme one place up or down. */
    public CompletableFuture<Void> moveSelected(int step) {
        Theme theme = selected.get();
        return show(service.move(theme, step), theme.name());
    }

    /** A form for a new theme's name. */
    public ThemeNameViewModel newNameForm() {
        return new ThemeNameViewModel("", names(-1));
    }

    /** A form for the selected theme's new name. */
    public ThemeNameViewModel renameForm() {
        return new ThemeNameViewModel(selected.get().name(), names(selected.get().id()));
    }

    private List<String> names(long except) {
        return items.stream().filter(t -> t.id() != except).map(Theme::name).toList();
    }

    private CompletableFuture<Void> show(CompletableFuture<List<Theme>> change, String name) {
        return ui.then(change, list -> {
            items.setAll(list);
            selected.set(list.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null));
        });
    }

    /** The themes in their order, archived ones included. */
    public ObservableList<Theme> items() {
        return items;
    }

    /** The theme selected in the table. */
    public ObjectProperty<Theme> selectedProperty() {
        return selected;
    }

    /** Whether a theme is selected. */
    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    /** Whether the selected theme is archived (the archive button then restores). */
    public BooleanBinding selectedArchived() {
        return selectedArchived;
    }
}
