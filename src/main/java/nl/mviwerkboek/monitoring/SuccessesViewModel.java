package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** The successes tab: the log (newest first), the selection, and how many were shared. */
public final class SuccessesViewModel {

    private final SuccessService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;
    private final ObservableList<Success> successes = FXCollections.observableArrayList();
    private final ObjectProperty<Success> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasSelection = selected.isNotNull();

    /** The tab for the plan behind {@code service}; new successes are dated {@code today}. */
    public SuccessesViewModel(SuccessService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.today = today;
    }

    /** Reads the log. */
    public CompletableFuture<Void> load() {
        return apply(service.list());
    }

    private CompletableFuture<Void> apply(CompletableFuture<List<Success>> change) {
        return ui.then(change, list -> {
            ObservableLists.updateKeepingSelection(successes, list, selected, Success::id);
            long shared = list.stream().filter(s -> !s.channels().isEmpty()).count();
            count.set(Messages.get("success.count", list.size(), shared));
        });
    }

    /** A form for a new success, dated today. */
    public SuccessFormViewModel newForm() {
        return new SuccessFormViewModel(new Success(0, today.get(), "", "", java.util.Set.of(), ""));
    }

    /** A form for the selected success. */
    public SuccessFormViewModel editForm() {
        return new SuccessFormViewModel(selected.get());
    }

    /** Saves a success from a form. */
    public CompletableFuture<Void> save(Success s) {
        return apply(service.save(s));
    }

    /** Removes a success (the view asks first). */
    public CompletableFuture<Void> delete(Success s) {
        return apply(service.delete(s));
    }

    public ObservableList<Success> successes() { return successes; }
    public ObjectProperty<Success> selectedProperty() { return selected; }
    public BooleanBinding hasSelection() { return hasSelection; }
    /** "6 successen, 5 gedeeld". */
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
}
