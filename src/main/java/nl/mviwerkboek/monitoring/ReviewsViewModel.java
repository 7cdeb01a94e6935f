package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the reviews tab: the reviews, the selected one with the actions changed before it, and the next review. */
public final class ReviewsViewModel {

    private final MonitoringViewModel monitoring;
    private final Supplier<LocalDate> today;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Review> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChangedAction> changes = FXCollections.observableArrayList();
    private final ObservableList<ChangedAction> agenda = FXCollections.observableArrayList();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final StringBinding nextText;
    private final StringBinding changesTitle;

    /** The tab's state over the chapter's shared state; new reviews are dated {@code today}. */
    public ReviewsViewModel(MonitoringViewModel monitoring, Supplier<LocalDate> today) {
        this.monitoring = monitoring;
        this.today = today;
        monitoring.pictureProperty().addListener((o, old, now) -> show(now));
        selected.addListener((o, old, now) -> showChanges());
        nextText = Bindings.createStringBinding(() -> {
            LocalDate next = monitoring.pictureProperty().get().nextReview();
            return next == null ? Messages.get("review.next.none") : next.isBefore(today.get())
                    ? Messages.get("review.next.late", Formats.date(next)) : Messages.get("review.next", Formats.date(next));
        }, monitoring.pictureProperty());
        changesTitle = Bindings.createStringBinding(() -> selected.get() == null ? Messages.get("review.changes.none")
                : Messages.get("review.changes.title", Formats.date(selected.get().heldOn()), changes.size()),
                selected, changes);
        show(monitoring.pictureProperty().get());
    }

    private void show(MonitoringPicture p) {
        ObservableLists.updateKeepingSelection(reviews, p.reviews(), selected, Review::id);
        ObservableLists.update(agenda, p.changesSinceLastReview());
        showChanges();
    }

    private void showChanges() {
        Review r = selected.get();
        ObservableLists.update(changes, r == null ? List.of() : monitoring.pictureProperty().get().changesFor(r));
    }

    /** A form for a new review today, quarterly unless the last one was of another kind. */
    public ReviewFormViewModel newForm() {
        ReviewKind kind = reviews.isEmpty() ? ReviewKind.KWARTAAL : reviews.get(0).kind();
        return new ReviewFormViewModel(new Review(0, today.get(), kind, "", "", null));
    }

    /** A form for the selected review. */
    public ReviewFormViewModel editForm() {
        return new ReviewFormViewModel(selected.get());
    }

    /** Adds or saves a review. */
    public CompletableFuture<Void> save(Review r) {
        return monitoring.apply(monitoring.service().saveReview(r));
    }

    /** Removes a review (the view asks first). */
    public CompletableFuture<Void> delete(Review r) {
        return monitoring.apply(monitoring.service().deleteReview(r));
    }

    public ObservableList<Review> reviews() { return reviews; }
    public ObjectProperty<Review> selectedProperty() { return selected; }
    /** The actions changed since the review before the selected one, up to it. */
    public ObservableList<ChangedAction> changes() { return changes; }
    /** The actions changed since the latest review: what the next review should look at. */
    public ObservableList<ChangedAction> agenda() { return agenda; }
    public BooleanBinding hasSelection() { return hasSelection; }
    /** "Volgende review: 30-09-2026". */
    public StringBinding nextText() { return nextText; }
    public StringBinding changesTitle() { return changesTitle; }
}
