package nl.mviwerkboek.shared.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in combo boxes through a function; values are chosen, never typed. */
public final class DisplayConverter<T> extends StringConverter<T> {

    private final Function<T, String> text;

    private DisplayConverter(Function<T, String> text) {
        this.text = text;
    }

    /** A converter showing {@code text.apply(value)}, or nothing for null. */
    public static <T> DisplayConverter<T> of(Function<T, String> text) {
        return new DisplayConverter<>(text);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
