package nl.mviwerkboek.anchoring;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the anchoring checklist: one editable row per item, saved on every change, the count, and a new own item. */
public final class AnchoringViewModel {

    /** One editable item; status, owner and date save at once, the evidence when it is committed. */
    public final class Row {
        private final AnchoringItem item;
        private final ObjectProperty<AnchoringStatus> status = new SimpleObjectProperty<>();
        private final ObjectProperty<Stakeholder> owner = new SimpleObjectProperty<>();
        private final TypedText evidence = new TypedText();
        private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

        Row(AnchoringItem item, List<Stakeholder> people) {
            this.item = item;
            status.set(item.status());
            owner.set(people.stream().filter(s -> item.ownerId() != null && s.id() == item.ownerId()).findFirst().orElse(null));
            evidence.load(item.evidence());
            date.set(item.doneOn());
            status.addListener((o, old, now) -> {
                if (now == AnchoringStatus.GEREGELD && date.get() == null) {
                    date.set(today.get());
                } else {
                    save(this);
                }
            });
            owner.addListener((o, old, now) -> save(this));
            date.addListener((o, old, now) -> save(this));
            evidence.committedProperty().addListener((o, old, now) -> save(this));
        }

        AnchoringItem edited() {
            return item.with(status.get(), owner.get() == null ? null : owner.get().id(),
                    evidence.get() == null ? "" : evidence.get().strip(), date.get());
        }

        public AnchoringItem item() { return item; }
        public ObjectProperty<AnchoringStatus> statusProperty() { return status; }
        public ObjectProperty<Stakeholder> ownerProperty() { return owner; }
        public StringProperty evidenceProperty() { return evidence; }
        public ObjectProperty<LocalDate> dateProperty() { return date; }
    }

    private final AnchoringService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<AnchoringItem> items = FXCollections.observableArrayList();
    private final ObservableList<Stakeholder> people = FXCollections.observableArrayList();
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final StringBinding countText = Bindings.createStringBinding(() -> {
        AnchoringCounts c = AnchoringCounts.of(items);
        return Messages.get("anchoring.count", c.done(), c.items(), c.open());
    }, items);

    /** The checklist of the plan behind {@code service}; an item set to arranged gets {@code today} as date. */
    public AnchoringViewModel(AnchoringService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.today = today;
    }

    /** Reads the checklist and makes a row per item. */
    public CompletableFuture<Void> load() {
        return rebuild(service.picture());
    }

    private CompletableFuture<Void> rebuild(CompletableFuture<AnchoringPicture> work) {
        return ui.then(work, p -> {
            ObservableLists.update(people, p.stakeholders());
            rows.setAll(p.items().stream().map(i -> new Row(i, p.stakeholders())).toList());
            items.setAll(p.items());
        });
    }

    /** Saves a row when it differs from what is stored (a row calls this when its evidence is committed). */
    public CompletableFuture<Void> save(Row row) {
        AnchoringItem edited = row.edited();
        if (items.contains(edited)) {
            return CompletableFuture.completedFuture(null);
        }
        return ui.then(service.save(edited), p -> items.setAll(p.items()));
    }

    /** Adds the typed own item. */
    public CompletableFuture<Void> add() {
        String title = newTitle.get() == null ? "" : newTitle.get().strip();
        if (title.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        newTitle.set("");
        return rebuild(service.add(title));
    }

    /** Removes an own item (the view asks first). */
    public CompletableFuture<Void> delete(Row row) {
        return rebuild(service.delete(row.item()));
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<Stakeholder> people() { return people; }
    public StringProperty newTitleProperty() { return newTitle; }
    /** "4 van 10 maatregelen geregeld, 5 nog open". */
    public StringBinding countText() { return countText; }
}
