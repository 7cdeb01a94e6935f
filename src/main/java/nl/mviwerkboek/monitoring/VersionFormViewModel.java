package nl.mviwerkboek.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** The form for a new yearly version: a label that is not taken yet, and a note (for example the council's decision). */
public final class VersionFormViewModel {

    /** What the form gives. */
    public record Result(String label, String note) {
    }

    private final List<String> taken;
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding labelError;

    /** A form proposing {@code proposal}, with the labels already {@code taken}. */
    public VersionFormViewModel(String proposal, List<String> taken) {
        this.taken = taken.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        label.set(this.taken.contains(proposal.toLowerCase(Locale.ROOT)) ? "" : proposal);
        labelError = Bindings.createStringBinding(() -> {
            String l = label.get() == null ? "" : label.get().strip();
            return l.isEmpty() ? Messages.get("version.error.label")
                    : this.taken.contains(l.toLowerCase(Locale.ROOT)) ? Messages.get("version.error.taken", l) : "";
        }, label);
    }

    /** The label and note, when the label is fine. */
    public Optional<Result> result() {
        return labelError.get().isEmpty() ? Optional.of(new Result(label.get().strip(), note.get().strip()))
                : Optional.empty();
    }

    public StringProperty labelProperty() { return label; }
    public StringProperty noteProperty() { return note; }
    public StringBinding labelError() { return labelError; }
}
