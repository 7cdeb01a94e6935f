package nl.mviwerkboek.shared.ui;

import java.time.LocalDate;
import javafx.util.StringConverter;
import nl.mviwerkboek.shared.i18n.Formats;

/** Shows and reads dates as {@code 31-12-2026} in date pickers. */
public final class DutchDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return Formats.parseDate(text).orElse(null);
    }
}
