package nl.mviwerkboek.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.ObservableLists;

/**
 * The voorbeeldenbank tab: the examples that match the search words, the selection, and the exchange with a
 * file (import and export run as tasks in the status bar).
 */
public final class ExamplesViewModel {

    private final ExampleService service;
    private final UiCallbacks ui;
    private final TaskRunner tasks;
    private final ObservableList<Example> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Example> selected = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasSelection = selected.isNotNull();
    private List<Example> all = List.of();

    /** The tab for the plan behind {@code service}. */
    public ExamplesViewModel(ExampleService service, UiCallbacks ui, TaskRunner tasks) {
        this.service = service;
        this.ui = ui;
        this.tasks = tasks;
        query.addListener((o, old, now) -> show());
    }

    /** Reads the bank. */
    public CompletableFuture<Void> load() {
        return apply(service.list());
    }

    private CompletableFuture<Void> apply(CompletableFuture<List<Example>> change) {
        return ui.then(change, list -> {
            all = list;
            show();
        });
    }

    private void show() {
        List<Example> matching = all.stream().filter(e -> e.matches(query.get())).toList();
        ObservableLists.updateKeepingSelection(shown, matching, selected, Example::id);
        count.set(Messages.get("examples.count", matching.size(), all.size()));
    }

    /** A form for a new example. */
    public ExampleFormViewModel newForm() {
        return new ExampleFormViewModel(new Example(0, "", "", "", "", "", "", "", "", "", true));
    }

    /** A form for the selected example. */
    public ExampleFormViewModel editForm() {
        return new ExampleFormViewModel(selected.get());
    }

    public CompletableFuture<Void> save(Example e) { return apply(service.save(e)); }
    public CompletableFuture<Void> delete(Example e) { return apply(service.delete(e)); }

    /** Writes the examples shown (all, or those matching the search) to {@code file}. */
    public CompletableFuture<Path> export(Path file) {
        List<Example> chosen = List.copyOf(shown);
        CompletableFuture<Path> done = tasks.run(Messages.get("examples.export.task"), ctx -> {
            ExampleFile.write(file, chosen);
            return file;
        });
        ui.then(done, path -> { });
        return done;
    }

    /** Adds the examples in {@code file} that the bank does not have yet. */
    public CompletableFuture<ExampleService.Imported> importFrom(Path file) {
        CompletableFuture<ExampleService.Imported> done = tasks.run(Messages.get("examples.import.task"),
                ctx -> service.importFrom(file).join());
        ui.then(done, r -> {
            all = r.bank();
            show();
        });
        return done;
    }

    public ObservableList<Example> examples() { return shown; }
    public ObjectProperty<Example> selectedProperty() { return selected; }
    public BooleanBinding hasSelection() { return hasSelection; }
    public StringProperty queryProperty() { return query; }
    /** "12 van 12 voorbeelden". */
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
}
