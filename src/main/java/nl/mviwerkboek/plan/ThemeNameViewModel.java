package nl.mviwerkboek.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** The name field of a new or renamed theme, checked against the names of the plan's other themes. */
public final class ThemeNameViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final List<String> otherNames;
    private final StringBinding error;

    /** A form starting at {@code current} (empty for a new theme); {@code others} are the names already taken. */
    public ThemeNameViewModel(String current, List<String> others) {
        name.set(current);
        otherNames = others.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        error = Bindings.createStringBinding(this::check, name);
    }

    private String check() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            return Messages.get("theme.error.empty");
        }
        if (otherNames.contains(n.toLowerCase(Locale.ROOT))) {
            return Messages.get("theme.error.duplicate", n);
        }
        return n.length() > 120 ? Messages.get("theme.error.long") : "";
    }

    /** The name, when it is valid. */
    public Optional<String> result() {
        return error.get().isEmpty() ? Optional.of(name.get().strip()) : Optional.empty();
    }

    public StringProperty nameProperty() { return name; }
    public StringBinding error() { return error; }
}
