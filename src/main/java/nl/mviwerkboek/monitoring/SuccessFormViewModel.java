package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** The form of a success: date and what (both needed), effect, the channels it was shared in and a note. */
public final class SuccessFormViewModel {

    private final long id;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty effect = new SimpleStringProperty("");
    private final Map<ShareChannel, BooleanProperty> channels = new EnumMap<>(ShareChannel.class);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding dateError = Bindings.createStringBinding(() -> date.get() == null
            ? Messages.get("success.error.date") : "", date);
    private final StringBinding whatError = Bindings.createStringBinding(() -> what.get().isBlank()
            ? Messages.get("success.error.what") : "", what);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> dateError.get().isEmpty()
            && whatError.get().isEmpty(), dateError, whatError);

    /** A form for {@code s} (new when its id is 0). */
    public SuccessFormViewModel(Success s) {
        id = s.id();
        date.set(s.date());
        what.set(s.what());
        effect.set(s.effect());
        for (ShareChannel c : ShareChannel.values()) {
            channels.put(c, new SimpleBooleanProperty(s.channels().contains(c)));
        }
        note.set(s.sharedNote());
    }

    /** The success, when the form is valid. */
    public Optional<Success> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        Set<ShareChannel> chosen = EnumSet.noneOf(ShareChannel.class);
        channels.forEach((c, p) -> {
            if (p.get()) {
                chosen.add(c);
            }
        });
        return Optional.of(new Success(id, date.get(), what.get().strip(), effect.get().strip(), chosen,
                note.get().strip()));
    }

    public boolean isNew() { return id == 0; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty whatProperty() { return what; }
    public StringProperty effectProperty() { return effect; }
    public BooleanProperty channelProperty(ShareChannel c) { return channels.get(c); }
    public StringProperty noteProperty() { return note; }
    public StringBinding dateError() { return dateError; }
    public StringBinding whatError() { return whatError; }
    public BooleanBinding valid() { return valid; }
}
