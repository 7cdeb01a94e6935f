package nl.mviwerkboek.spend.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as written in financial exports: {@code dd-mm-jjjj}, {@code dd/mm/jjjj}, {@code d-m-jj},
 * {@code jjjj-mm-dd}, ISO date-times, Excel serial numbers, {@code 01-JUN-2012} and {@code 1 juni 2012}.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})(?: .*)?");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})[- ]([a-z]{3,9})\\.?[- ](\\d{2}|\\d{4})(?: .*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** What one value tells about the day-month order, or empty when it tells nothing. */
    public static Optional<DateOrder> evidence(String text) {
        Matcher m = NUMERIC.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
            return Optional.of(DateOrder.DAY_MONTH);
        }
        if (second > 12 && first <= 12) {
            return Optional.of(DateOrder.MONTH_DAY);
        }
        return Optional.empty();
    }

    /** Reads a date written as text, using {@code order} where the text itself does not tell. */
    public static Optional<LocalDate> parse(String text, DateOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> quick = quick(text, order);
        if (quick != null) {
            return quick;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                boolean dayFirst = evidence(s).orElse(order) == DateOrder.DAY_MONTH;
                int day = num(m, dayFirst ? 1 : 2);
                int month = num(m, dayFirst ? 2 : 1);
                return Optional.of(LocalDate.of(year(m.group(3)), month, day));
            }
            m = NAMED.matcher(s);
            if (m.matches() && MONTHS.containsKey(m.group(2).substring(0, 3))) {
                return Optional.of(LocalDate.of(year(m.group(3)), MONTHS.get(m.group(2).substring(0, 3)), num(m, 1)));
            }
            if (SERIAL.matcher(s).matches()) {
                return fromSerial(Double.parseDouble(s));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The common shapes {@code dd-mm-jjjj}, {@code dd/mm/jjjj} and {@code jjjj-mm-dd} without regular
     * expressions (a million rows); null when the text has another shape.
     */
    private static Optional<LocalDate> quick(String s, DateOrder order) {
        if (s.length() != 10) {
            return null;
        }
        char a = s.charAt(2);
        char b = s.charAt(5);
        try {
            if ((a == '-' || a == '/' || a == '.') && a == b && digits(s, 0, 2) && digits(s, 3, 5) && digits(s, 6, 10)) {
                int first = Integer.parseInt(s, 0, 2, 10);
                int second = Integer.parseInt(s, 3, 5, 10);
                boolean dayFirst = first > 12 || second <= 12 && order == DateOrder.DAY_MONTH;
                return Optional.of(LocalDate.of(Integer.parseInt(s, 6, 10, 10), dayFirst ? second : first,
                        dayFirst ? first : second));
            }
            if (s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
                return Optional.of(LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A date from an Excel serial number (1900 date system), when it lies in a plausible range. */
    public static Optional<LocalDate> fromSerial(double serial) {
        if (serial < 1 || serial > 2_958_465) {
            return Optional.empty();
        }
        LocalDate date = EXCEL_EPOCH.plusDays((long) Math.floor(serial));
        return date.getYear() >= 1990 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String text) {
        int y = Integer.parseInt(text);
        if (text.length() == 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        return y;
    }
}
