package nl.mviwerkboek.shared.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as a person types it in Dutch: {@code 1-2-2026}, {@code 01-02-2026}, {@code 1/2/2026},
 * {@code 1.2.2026}, {@code 2026-02-01}, {@code 1 februari 2026} or {@code 1 feb 2026}; a day that does not
 * exist ({@code 31-2-2026}) or a year of two digits is refused with a reason.
 */
final class TypedDates {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d+)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\.?\\s+([\\p{L}]+)\\.?\\s+(\\d+)");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");

    private TypedDates() {
    }

    static Reading<LocalDate> date(String text) {
        String s = text == null ? "" : text.strip().replace('\u00a0', ' ');
        if (s.isEmpty()) {
            return Reading.of(null);
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = WORDS.matcher(s);
        if (m.matches()) {
            int month = month(m.group(2).toLowerCase(Locale.ROOT));
            return month == 0 ? Reading.refused("input.date.month") : of(m.group(3), String.valueOf(month), m.group(1));
        }
        return Reading.refused("input.date.invalid");
    }

    private static Reading<LocalDate> of(String year, String month, String day) {
        if (year.length() != 4) {
            return Reading.refused("input.date.year");
        }
        try {
            return Reading.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Reading.refused("input.date.noSuchDay");
        }
    }

    /** 1–12 for a Dutch month name or its first three or more letters ({@code mrt} too); 0 otherwise. */
    private static int month(String word) {
        if (word.equals("mrt")) {
            return 3;
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (word.length() >= 3 && MONTHS.get(i).startsWith(word)) {
                return i + 1;
            }
        }
        return 0;
    }
}
