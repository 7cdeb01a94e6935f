package nl.mviwerkboek.shared.i18n;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whole numbers and amounts as a person types them in Dutch: lenient about form (thousands dots
 * or none, spaces, a euro sign, {@code ,-}), exact about value: input that could mean two things, such
 * as {@code 1.5} for a whole number or {@code 1,234} for an amount, is refused with a reason, never guessed.
 */
final class TypedNumbers {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern AMOUNT = Pattern.compile("(\\d*|\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d*))?");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+|\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d+))?");
    private static final int MAX_DIGITS = 15;

    private TypedNumbers() {
    }

    /** A whole number: {@code 28400}, {@code 28.400}, {@code 28 400}, {@code -5}. */
    static Reading<Long> wholeNumber(String text) {
        String s = compact(text);
        if (s.isEmpty()) {
            return Reading.of(null);
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        if (!digits.matches("[0-9.,]+") || !Character.isDigit(digits.charAt(0))) {
            return Reading.refused("input.number.invalid");
        }
        if (digits.contains(",")) {
            return Reading.refused(digits.matches("\\d{1,3},\\d{3}") ? "input.number.comma" : "input.number.notWhole");
        }
        if (!PLAIN.matcher(digits).matches() && !GROUPED.matcher(digits).matches()) {
            return Reading.refused("input.number.dots");
        }
        String plain = digits.replace(".", "");
        if (plain.length() > MAX_DIGITS) {
            return Reading.refused("input.number.tooLarge");
        }
        long value = Long.parseLong(plain);
        return Reading.of(negative ? -value : value);
    }

    /**
     * An amount in cents: {@code 40000}, {@code 40.000}, {@code 40.000,00}, {@code € 40.000},
     * {@code €40.000,-}, {@code 40000,5}, {@code 1.234,56}, {@code EUR 12,50}, {@code -250}.
     */
    static Reading<Long> amountCents(String text) {
        String s = compact(text);
        s = s.replaceFirst("(?i)^(€|eur(o)?)", "").replaceFirst("(?i)(€|eur(o)?)$", "");
        boolean negative = s.startsWith("-");
        s = negative ? s.substring(1) : s;
        s = s.replaceFirst("^(€|(?i)eur(o)?)", "").replaceFirst("[,.](-{1,2}|=)$", "");
        if (s.isEmpty()) {
            return compact(text).isEmpty() ? Reading.of(null) : Reading.refused("input.amount.invalid");
        }
        if (!s.matches("[0-9.,]+") || !s.matches(".*\\d.*")) {
            return Reading.refused("input.amount.invalid");
        }
        if (s.indexOf(',') >= 0 && s.indexOf('.', s.indexOf(',')) > 0) {
            return Reading.refused("input.amount.english");
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Reading.refused(s.chars().filter(c -> c == ',').count() > 1
                    ? "input.amount.invalid" : "input.amount.dot");
        }
        String whole = m.group(1).replace(".", "");
        String cents = m.group(2) == null ? "" : m.group(2);
        if (cents.length() > 2) {
            return Reading.refused(cents.length() == 3 && !m.group(1).contains(".")
                    ? "input.amount.comma" : "input.amount.decimals");
        }
        if (whole.isEmpty() && cents.isEmpty()) {
            return Reading.refused("input.amount.invalid");
        }
        if (whole.length() > MAX_DIGITS - 2) {
            return Reading.refused("input.amount.tooLarge");
        }
        BigDecimal euros = new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + (cents.isEmpty() ? "0" : cents));
        long value = euros.movePointRight(2).longValueExact();
        return Reading.of(negative ? -value : value);
    }

    /** A year of four digits from 1900 to 2199: {@code 2026}; {@code 26} or {@code 2.026} is refused. */
    static Reading<Integer> year(String text) {
        String s = compact(text);
        if (s.isEmpty()) {
            return Reading.of(null);
        }
        return s.matches("(19|20|21)\\d{2}") ? Reading.of(Integer.parseInt(s)) : Reading.refused("input.year.invalid");
    }

    /**
     * A decimal number: {@code 12,5}, {@code 40}, {@code 1.250}, {@code 1.250,5}, {@code -0,75}. A dot only
     * groups thousands (exactly three digits after it, as in a whole number), so {@code 1.000} is a thousand;
     * a dot otherwise ({@code 12.5}, {@code 1.5}) is refused and asked to be a comma, never guessed.
     */
    static Reading<Double> decimal(String text) {
        String s = compact(text);
        if (s.isEmpty()) {
            return Reading.of(null);
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        if (!digits.matches("[0-9.,]+") || !Character.isDigit(digits.charAt(0))) {
            return Reading.refused("input.decimal.invalid");
        }
        Matcher m = DECIMAL.matcher(digits);
        if (!m.matches()) {
            return Reading.refused(digits.contains(".") && digits.indexOf(',') < 0 ? "input.decimal.dot"
                    : digits.chars().filter(c -> c == ',').count() == 1 && digits.indexOf('.') > digits.indexOf(',')
                    ? "input.decimal.english" : "input.decimal.invalid");
        }
        String whole = m.group(1).replace(".", "");
        if (whole.length() > MAX_DIGITS) {
            return Reading.refused("input.number.tooLarge");
        }
        double value = Double.parseDouble(whole + (m.group(2) == null ? "" : "." + m.group(2)));
        return Reading.of(negative ? -value : value);
    }

    /** The text without surrounding or inner spaces (also non-breaking and narrow ones). */
    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u00a0\u202f]", "");
    }
}
