package nl.mviwerkboek.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Reading;

/**
 * Shows dates as {@code 31-12-2026} and reads them as {@link Formats#readDate} does. Text that is no date
 * throws, so a date picker keeps its last date instead of emptying it ({@link Fields#date} says why).
 */
public final class DutchDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        Reading<LocalDate> date = Formats.readDate(text);
        if (!date.ok()) {
            throw new DateTimeParseException(date.problem(), text, 0);
        }
        return date.value();
    }
}
