package nl.mviwerkboek.shared.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Reading;

/**
 * Shows dates as {@code 31-12-2026} and reads them as {@link Formats#readDate} does. Text that is no date
 * reads as the date the picker already has, so it keeps its last date instead of emptying it ({@link Fields#date}
 * says why). It does not throw: a date picker commits its text when it loses focus without catching what the
 * converter throws, so an exception there reached the user as an unexpected error.
 */
public final class DutchDateConverter extends StringConverter<LocalDate> {

    private final Supplier<LocalDate> current;

    /** A converter that reads text that is no date as {@code current}'s date. */
    public DutchDateConverter(Supplier<LocalDate> current) {
        this.current = current;
    }

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        Reading<LocalDate> date = Formats.readDate(text);
        return date.ok() ? date.value() : current.get();
    }
}
