package nl.mviwerkboek.actions.tender;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** The row to add an effect: expected or realised, what, a value (Dutch number) with unit, the goal, the source. */
public final class EffectForm {

    private final ObjectProperty<EffectKind> kind = new SimpleObjectProperty<>(EffectKind.VERWACHT);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty subjectChosen = new javafx.beans.property.SimpleBooleanProperty(true);
    private final StringBinding valueError = Bindings.createStringBinding(
            () -> Formats.readDecimal(value.get()).problem(), value);

    /**
     * The effect of tender {@code actionId} or contract {@code contractId} (one of them), when described and the
     * value reads as a number; the row is cleared.
     */
    public Optional<Effect> take(Long actionId, Long contractId) {
        if (description.get().isBlank() || !valueError.get().isEmpty() || kind.get() == null
                || (actionId == null && contractId == null)) {
            return Optional.empty();
        }
        Double v = Formats.readDecimal(value.get()).value();
        Effect e = new Effect(0, actionId, contractId, goal.get() == null ? null : goal.get().id(), kind.get(),
                description.get().strip(), v, unit.get(), source.get().strip());
        description.set("");
        value.set("");
        source.set("");
        return Optional.of(e);
    }

    /** Whether the tender or contract the effect belongs to is known (always, for one tender's pane). */
    public javafx.beans.binding.BooleanExpression subjectChosen() { return subjectChosen; }

    /** Says whether the tender or contract is chosen (the monitoring pane binds its chooser here). */
    public void bindSubjectChosen(javafx.beans.value.ObservableBooleanValue chosen) {
        subjectChosen.bind(chosen);
    }

    public ObjectProperty<EffectKind> kindProperty() { return kind; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty valueProperty() { return value; }
    public StringProperty unitProperty() { return unit; }
    public ObjectProperty<Goal> goalProperty() { return goal; }
    public StringProperty sourceProperty() { return source; }
    /** Why the value is not accepted, or empty. */
    public StringBinding valueError() { return valueError; }
}
