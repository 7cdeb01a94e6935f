package nl.mviwerkboek.actions.tender;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.plan.Theme;

/** The row to add a criterion: type, theme, ambition, number in the criteria tool and the text (needed). */
public final class CriterionForm {

    private final ObjectProperty<CriterionType> type = new SimpleObjectProperty<>(CriterionType.GUNNINGSCRITERIUM);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<AmbitionLevel> ambition = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    /** The criterion for tender {@code actionId}, when a text was given; the text fields are cleared. */
    Optional<TenderCriterion> take(long actionId) {
        if (text.get().isBlank() || type.get() == null) {
            return Optional.empty();
        }
        TenderCriterion k = new TenderCriterion(0, actionId, type.get(), theme.get() == null ? null : theme.get().id(),
                ambition.get(), number.get(), text.get().strip());
        number.set("");
        text.set("");
        return Optional.of(k);
    }

    public ObjectProperty<CriterionType> typeProperty() { return type; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public ObjectProperty<AmbitionLevel> ambitionProperty() { return ambition; }
    public StringProperty numberProperty() { return number; }
    public StringProperty textProperty() { return text; }
}
