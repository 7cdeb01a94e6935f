package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** The review form: date, kind, notes, decisions and the next date, proposed from the kind until the user sets it. */
public final class ReviewFormViewModel {

    private final long id;
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewKind> kind = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextOn = new SimpleObjectProperty<>();
    private final StringBinding dateError = Bindings.createStringBinding(() -> heldOn.get() == null
            ? Messages.get("review.error.date") : "", heldOn);
    private final StringBinding nextError = Bindings.createStringBinding(() -> heldOn.get() != null && nextOn.get() != null
            && !nextOn.get().isAfter(heldOn.get()) ? Messages.get("review.error.next") : "", heldOn, nextOn);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> dateError.get().isEmpty()
            && nextError.get().isEmpty(), dateError, nextError);
    private boolean proposing;

    /** A form for {@code r} (new when its id is 0). */
    public ReviewFormViewModel(Review r) {
        id = r.id();
        heldOn.set(r.heldOn());
        kind.set(r.kind());
        notes.set(r.notes());
        decisions.set(r.decisions());
        nextOn.set(r.nextOn());
        proposing = r.nextOn() == null;
        if (proposing) {
            propose();
        }
        heldOn.addListener((o, old, now) -> propose());
        kind.addListener((o, old, now) -> propose());
        nextOn.addListener((o, old, now) -> proposing = proposing && now != null && now.equals(proposal()));
    }

    private LocalDate proposal() {
        return heldOn.get() == null || kind.get() == null ? null : heldOn.get().plusMonths(kind.get().months());
    }

    private void propose() {
        if (proposing) {
            nextOn.set(proposal());
        }
    }

    /** The review, when the form is valid. */
    public Optional<Review> result() {
        return valid.get() ? Optional.of(new Review(id, heldOn.get(), kind.get(), notes.get().strip(),
                decisions.get().strip(), nextOn.get())) : Optional.empty();
    }

    public boolean isNew() { return id == 0; }
    public ObjectProperty<LocalDate> heldOnProperty() { return heldOn; }
    public ObjectProperty<ReviewKind> kindProperty() { return kind; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty decisionsProperty() { return decisions; }
    public ObjectProperty<LocalDate> nextOnProperty() { return nextOn; }
    public StringBinding dateError() { return dateError; }
    public StringBinding nextError() { return nextError; }
    public BooleanBinding valid() { return valid; }
}
