package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the actions chapter: the actions and their filters, the selection and its log, and the suggestions. */
public final class ActionsViewModel {

    private final ActionService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<ActionsPicture> picture = new SimpleObjectProperty<>(ActionsPicture.empty());
    private final ObservableList<Action> all = FXCollections.observableArrayList();
    private final FilteredList<Action> shown = new FilteredList<>(all);
    private final ObservableList<Stakeholder> owners = FXCollections.observableArrayList();
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<ActionStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Stakeholder> ownerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> themeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionKind> kindFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty thisQuarterOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Action> selected = new SimpleObjectProperty<>();
    private final ObservableList<Action> chosen = FXCollections.observableArrayList();
    private final ObservableList<ActionNote> notes = FXCollections.observableArrayList();
    private final StringProperty newNote = new SimpleStringProperty("");
    private final StringProperty editProblem = new SimpleStringProperty("");
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final StringBinding countText;

    /** The chapter for the plan behind {@code service}, as it stands on {@code today}. */
    public ActionsViewModel(ActionService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.today = today;
        picture.addListener((o, old, now) -> show(now));
        for (javafx.beans.Observable f : List.of(statusFilter, ownerFilter, themeFilter, kindFilter, overdueOnly,
                thisQuarterOnly)) {
            f.addListener(x -> shown.setPredicate(filter().on(today.get())));
        }
        selected.addListener((o, old, now) -> showNotes());
        countText = Bindings.createStringBinding(() -> {
            ActionCounts counts = ActionCounts.of(all, today.get());
            return Messages.get("action.count", shown.size(), counts.actions(), counts.overdue(), counts.dueWithin30Days());
        }, all, shown);
    }

    /** Reads the chapter. */
    public CompletableFuture<Void> load() {
        return apply(service.picture());
    }

    private CompletableFuture<Void> apply(CompletableFuture<ActionsPicture> change) {
        return ui.then(change, picture::set);
    }

    private void show(ActionsPicture p) {
        ObservableLists.update(owners, p.stakeholders());
        ObservableLists.update(themes, p.themes());
        ObservableLists.updateKeepingSelection(all, p.actions(), selected, Action::id);
        ObservableLists.update(suggestions, p.suggestions());
        showNotes();
    }

    private void showNotes() {
        Action a = selected.get();
        ObservableLists.update(notes, a == null ? List.of() : picture.get().notesOf(a.id()));
    }

    /** The filter as set. */
    public ActionFilter filter() {
        return new ActionFilter(statusFilter.get(), ownerFilter.get() == null ? null : ownerFilter.get().id(),
                themeFilter.get() == null ? null : themeFilter.get().id(), kindFilter.get(), overdueOnly.get(),
                thisQuarterOnly.get());
    }

    /** Clears every filter. */
    public void clearFilters() {
        statusFilter.set(null);
        ownerFilter.set(null);
        themeFilter.set(null);
        kindFilter.set(null);
        overdueOnly.set(false);
        thisQuarterOnly.set(false);
    }

    /** A form for a new action under the filtered theme and owner. */
    public ActionFormViewModel newForm() {
        return form(new Action(0, "", "", ActionKind.OVERIG, themeFilter.get() == null ? null : themeFilter.get().id(),
                null, null, null, ownerFilter.get() == null ? null : ownerFilter.get().id(), null, null,
                ActionStatus.GEPLAND, null, null));
    }

    /** A form for the selected action. */
    public ActionFormViewModel editForm() {
        return form(selected.get());
    }

    /** A form for a suggestion's proposal. */
    public ActionFormViewModel form(Action a) {
        return new ActionFormViewModel(a, picture.get());
    }

    /** Adds an action and selects it. */
    public CompletableFuture<Void> add(Action a) {
        return apply(service.add(a)).thenRun(() -> selected.set(all.stream()
                .max(Comparator.comparingLong(Action::id)).orElse(null)));
    }

    /** Saves an action (from the dialog or an edit in the table). */
    public CompletableFuture<Void> update(Action a) {
        return a.equals(all.stream().filter(x -> x.id() == a.id()).findFirst().orElse(null))
                ? CompletableFuture.completedFuture(null) : apply(service.update(a));
    }

    /** Gives every chosen action the same status. */
    public CompletableFuture<Void> setStatusOfChosen(ActionStatus status) {
        List<Action> list = chosen.stream().filter(a -> a.status() != status).toList();
        return list.isEmpty() ? CompletableFuture.completedFuture(null) : apply(service.setStatus(list, status));
    }

    /** Removes an action (the view asks first). */
    public CompletableFuture<Void> delete(Action a) {
        return apply(service.delete(a));
    }

    /** Adds the typed note to the selected action's log. */
    public CompletableFuture<Void> addNote() {
        String text = newNote.get() == null ? "" : newNote.get().strip();
        if (text.isEmpty() || selected.get() == null) {
            return CompletableFuture.completedFuture(null);
        }
        newNote.set("");
        return apply(service.addNote(selected.get().id(), text));
    }

    /** Removes a note. */
    public CompletableFuture<Void> deleteNote(ActionNote n) {
        return apply(service.deleteNote(n));
    }

    /** Stores a suggestion's (edited) action and remembers the suggestion. */
    public CompletableFuture<Void> accept(Suggestion s, Action a) {
        return apply(service.accept(s, a));
    }

    /** Remembers a suggestion as not needed. */
    public CompletableFuture<Void> dismiss(Suggestion s) {
        return apply(service.dismiss(s));
    }

    /** Offers dismissed suggestions again. */
    public CompletableFuture<Void> restoreDismissed() {
        return apply(service.restoreDismissed());
    }

    /** Whether an action is overdue today. */
    public boolean isOverdue(Action a) {
        return a.isOverdue(today.get());
    }

    /** Today, as the list sees it. */
    public LocalDate today() {
        return today.get();
    }

    public ReadOnlyObjectProperty<ActionsPicture> pictureProperty() { return picture; }
    /** Why the last edit in the table was not taken; empty when it was (shown under the table). */
    public StringProperty editProblemProperty() { return editProblem; }
    public ObservableList<Action> actions() { return shown; }
    public ObservableList<Stakeholder> owners() { return owners; }
    public ObservableList<Theme> themes() { return themes; }
    public ObservableList<Suggestion> suggestions() { return suggestions; }
    public ObjectProperty<ActionStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<Stakeholder> ownerFilterProperty() { return ownerFilter; }
    public ObjectProperty<Theme> themeFilterProperty() { return themeFilter; }
    public ObjectProperty<ActionKind> kindFilterProperty() { return kindFilter; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public BooleanProperty thisQuarterOnlyProperty() { return thisQuarterOnly; }
    public ObjectProperty<Action> selectedProperty() { return selected; }
    /** The actions chosen in the table (more than one for a status change of all). */
    public ObservableList<Action> chosen() { return chosen; }
    public ObservableList<ActionNote> notes() { return notes; }
    public StringProperty newNoteProperty() { return newNote; }
    public BooleanBinding hasSelection() { return hasSelection; }
    /** "12 van 40 acties getoond · 3 te laat · 5 binnen 30 dagen". */
    public StringBinding countText() { return countText; }
}
