package nl.mviwerkboek.shared.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dutch formats for amounts, numbers, percentages and dates, the same in every language of the UI. */
public final class Formats {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Messages.DUTCH);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Formats() {
    }

    /** An amount in cents as {@code € 1.234,56}. */
    public static String amount(long cents) {
        return "€ " + pattern("#,##0.00").format(BigDecimal.valueOf(cents, 2));
    }

    /** An amount in cents rounded to whole euros, as {@code € 1.234.567}, for overviews. */
    public static String amountRounded(long cents) {
        BigDecimal euros = BigDecimal.valueOf(cents, 2).setScale(0, RoundingMode.HALF_UP);
        return "€ " + pattern("#,##0").format(euros);
    }

    /**
     * An amount in cents for an input field, exact and without the euro sign: {@code 25.000} for whole
     * euros, {@code 25.000,50} otherwise. Reading it back with {@link #parseAmountCents} gives the same cents.
     */
    public static String amountInput(long cents) {
        return pattern(cents % 100 == 0 ? "#,##0" : "#,##0.00").format(BigDecimal.valueOf(cents, 2));
    }

    /** A decimal for an input field, exact, with a decimal comma and no grouping: {@code 12,25}. */
    public static String decimalInput(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A whole number with thousands separators, as {@code 32.500}. */
    public static String number(long value) {
        return pattern("#,##0").format(value);
    }

    /** A decimal number with at most one decimal, as {@code 12,5}. */
    public static String decimal(double value) {
        return pattern("#,##0.#").format(value);
    }

    /** A percentage with at most one decimal, as {@code 12,5%}. */
    public static String percent(double fraction) {
        return pattern("0.#").format(fraction * 100) + "%";
    }

    /** A range of years as {@code 2025–2028}, or one year ({@code 2025}) when both ends are the same. */
    public static String yearRange(int first, int last) {
        return yearRange(String.valueOf(first), String.valueOf(last));
    }

    /** A range between two year labels as {@code 2022–2025}, or one label when both ends are the same. */
    public static String yearRange(String first, String last) {
        return first.equals(last) ? first : first + "–" + last;
    }

    /** A date as {@code 31-12-2026}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Reads a date typed as {@code 31-12-2026}, {@code 1-6-2026} or {@code 1 juni 2026}; empty when it is not one. */
    public static Optional<LocalDate> parseDate(String text) {
        return readDate(text).optional();
    }

    /** Reads a typed date, or says why it is not one (see {@link TypedDates}). */
    public static Reading<LocalDate> readDate(String text) {
        return TypedDates.date(text);
    }

    /**
     * Reads an amount typed by a person in Dutch style ({@code 25.000}, {@code 25000}, {@code € 25.000,50},
     * {@code €25.000,-}, {@code 1234,5}) into cents; empty when it is not an amount.
     */
    public static Optional<Long> parseAmountCents(String text) {
        return text == null || text.isBlank() ? Optional.empty() : readAmountCents(text).optional();
    }

    /** Reads a typed amount into cents, or says why it is not one (see {@link TypedNumbers}). */
    public static Reading<Long> readAmountCents(String text) {
        return TypedNumbers.amountCents(text);
    }

    /** Reads a whole number typed with or without thousands dots ({@code 32.500}, {@code 32500}). */
    public static Optional<Long> parseWholeNumber(String text) {
        return readWholeNumber(text).optional();
    }

    /** Reads a typed whole number, or says why it is not one ({@code 1.5} is refused, not guessed). */
    public static Reading<Long> readWholeNumber(String text) {
        return TypedNumbers.wholeNumber(text);
    }

    /** Reads a year of four digits ({@code 2026}); anything else is refused with a reason. */
    public static Reading<Integer> readYear(String text) {
        return TypedNumbers.year(text);
    }

    /**
     * Reads a decimal typed in Dutch style: a comma before the decimals, dots only between groups of three
     * digits ({@code 12,5}, {@code 1.250}, {@code 1.250,5}); {@code 12.5} is refused with a reason.
     */
    public static Reading<Double> readDecimal(String text) {
        return TypedNumbers.decimal(text);
    }

    /** Reads a decimal as {@link #readDecimal} does; empty when it is empty or refused. */
    public static Optional<Double> parseDecimal(String text) {
        return readDecimal(text).optional();
    }

    /** Reads a measured value as {@link #readDecimal} does ({@code 1.250}, {@code 1.250,5}, {@code 12,75}). */
    public static Optional<Double> parseNumber(String text) {
        return readDecimal(text).optional();
    }

    /** A measured value with thousands dots and at most two decimals, as {@code 1.250,5}. */
    public static String measure(double value) {
        return pattern("#,##0.##").format(value);
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, SYMBOLS);
    }
}
