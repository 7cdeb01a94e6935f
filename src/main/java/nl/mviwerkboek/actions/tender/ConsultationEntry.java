package nl.mviwerkboek.actions.tender;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The row to add a market consultation: date (today by default), form, parties, what was learned and changed. */
public final class ConsultationEntry {

    private final Supplier<LocalDate> today;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsultationForm> form = new SimpleObjectProperty<>(ConsultationForm.GESPREK);
    private final StringProperty parties = new SimpleStringProperty("");
    private final StringProperty learned = new SimpleStringProperty("");
    private final StringProperty changed = new SimpleStringProperty("");

    ConsultationEntry(Supplier<LocalDate> today) {
        this.today = today;
        date.set(today.get());
    }

    /** The consultation for tender {@code actionId}, when parties or a lesson were given; the row is cleared. */
    Optional<MarketConsultation> take(long actionId) {
        if ((parties.get().isBlank() && learned.get().isBlank()) || date.get() == null || form.get() == null) {
            return Optional.empty();
        }
        MarketConsultation m = new MarketConsultation(0, actionId, date.get(), form.get(), parties.get().strip(),
                learned.get().strip(), changed.get().strip());
        parties.set("");
        learned.set("");
        changed.set("");
        date.set(today.get());
        return Optional.of(m);
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<ConsultationForm> formProperty() { return form; }
    public StringProperty partiesProperty() { return parties; }
    public StringProperty learnedProperty() { return learned; }
    public StringProperty changedProperty() { return changed; }
}
