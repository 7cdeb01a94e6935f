package nl.mviwerkboek.shared.ui;

import javafx.util.StringConverter;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Shows a {@link Labelled} value's label in combo boxes and choice boxes. */
public final class LabelConverter<T extends Labelled> extends StringConverter<T> {

    @Override
    public String toString(T value) {
        return value == null ? "" : value.label();
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("Labels are not typed in");
    }
}
