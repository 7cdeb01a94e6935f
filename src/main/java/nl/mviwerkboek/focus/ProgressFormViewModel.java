package nl.mviwerkboek.focus;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** The form of a progress entry: a date, the measured value and a note, with checks. */
public final class ProgressFormViewModel {

    private final Goal goal;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding dateError = Bindings.createStringBinding(
            () -> date.get() == null ? Messages.get("progress.error.date") : "", date);
    private final StringBinding valueError = Bindings.createStringBinding(
            () -> value.get() == null || value.get().isBlank() ? Messages.get("progress.error.value")
                    : Formats.readDecimal(value.get()).problem(), value);
    private final BooleanBinding valid = dateError.isEmpty().and(valueError.isEmpty());

    /** A form for a new entry of {@code goal}, dated {@code today}. */
    public ProgressFormViewModel(Goal goal, LocalDate today) {
        this.goal = goal;
        date.set(today);
    }

    /** The entry, when the form is valid. */
    public Optional<ProgressEntry> result() {
        return valid.get() ? Optional.of(new ProgressEntry(0, goal.id(), date.get(),
                Formats.readDecimal(value.get()).value(), note.get() == null ? "" : note.get().strip()))
                : Optional.empty();
    }

    /** The goal's indicator and unit, to say what to measure. */
    public String measureHint() {
        return Messages.get("progress.dialog.measure", goal.indicator().isBlank() ? goal.statement() : goal.indicator(),
                goal.unit());
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty valueProperty() { return value; }
    public StringProperty noteProperty() { return note; }
    public StringBinding dateError() { return dateError; }
    public StringBinding valueError() { return valueError; }
    public BooleanBinding valid() { return valid; }
}
