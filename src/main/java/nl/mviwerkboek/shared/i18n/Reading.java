package nl.mviwerkboek.shared.i18n;

import java.util.Optional;

/**
 * What a typed text was read as: a value (none for an empty field), or the bundle key of the Dutch
 * reason it was refused, to be shown next to the field.
 */
public record Reading<T>(T value, String problemKey) {

    /** A text read as {@code value} ({@code null} for an empty field). */
    public static <T> Reading<T> of(T value) {
        return new Reading<>(value, null);
    }

    /** A text refused for the reason under {@code problemKey}. */
    public static <T> Reading<T> refused(String problemKey) {
        return new Reading<>(null, problemKey);
    }

    /** Whether the text was read (an empty field counts as read, without a value). */
    public boolean ok() {
        return problemKey == null;
    }

    /** The value, when there is one. */
    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** The reason as a Dutch (or English) sentence; empty when the text was read. */
    public String problem() {
        return problemKey == null ? "" : Messages.get(problemKey);
    }
}
