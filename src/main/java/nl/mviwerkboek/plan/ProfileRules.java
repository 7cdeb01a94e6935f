package nl.mviwerkboek.plan;

import java.time.LocalDate;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Reading;

/**
 * The rules a profile's fields must meet, as pure checks that return the bundle key of the Dutch
 * message shown next to the field, or empty when the value is fine.
 */
public final class ProfileRules {

    /** The earliest and latest year a plan period may start or end. */
    public static final int FIRST_YEAR = 2000;
    /** The latest year a plan period may end. */
    public static final int LAST_YEAR = 2100;
    /** The longest plan period in years. */
    public static final int MAX_PERIOD_YEARS = 10;

    private ProfileRules() {
    }

    /** The organisation's name is required and short. */
    public static Optional<String> checkName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("validation.name.required");
        }
        return name.strip().length() > 120 ? Optional.of("validation.name.tooLong") : Optional.empty();
    }

    /** Inhabitants: optional, a whole number from 1 to 20 million; the reason when the text is no number. */
    public static Optional<String> checkInhabitants(String text) {
        Reading<Long> value = Formats.readWholeNumber(text);
        if (!value.ok()) {
            return Optional.of(value.problemKey());
        }
        return value.value() == null || value.value() >= 1 && value.value() <= 20_000_000
                ? Optional.empty() : Optional.of("validation.inhabitants.invalid");
    }

    /** A period year: required, four digits within the supported range. */
    public static Optional<String> checkYear(String text) {
        return year(text).isPresent() ? Optional.empty() : Optional.of("validation.year.invalid");
    }

    /** The year typed as {@code 2026}, when it is one within the supported range. */
    public static Optional<Integer> year(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(s);
        return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.of(year) : Optional.empty();
    }

    /** The period end must not lie before its start, and a period spans at most ten years. */
    public static Optional<String> checkPeriod(int start, int end) {
        if (end < start) {
            return Optional.of("validation.period.endBeforeStart");
        }
        return end - start + 1 > MAX_PERIOD_YEARS ? Optional.of("validation.period.tooLong") : Optional.empty();
    }

    /** The manifest signing date: optional, not in the future. */
    public static Optional<String> checkSignedOn(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) ? Optional.of("validation.signedOn.future") : Optional.empty();
    }

    /** The reserved budget: optional, an amount in euros of zero or more; the reason when it is no amount. */
    public static Optional<String> checkBudget(String text) {
        Reading<Long> cents = Formats.readAmountCents(text);
        if (!cents.ok()) {
            return Optional.of(cents.problemKey());
        }
        return cents.value() == null || cents.value() >= 0 ? Optional.empty() : Optional.of("validation.budget.invalid");
    }

    /** Capacity: optional, hours per week from 0 to 80. */
    public static Optional<String> checkCapacity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Reading<Double> hours = Formats.readDecimal(text);
        if (!hours.ok()) {
            return Optional.of(hours.problemKey());
        }
        return hours.value() >= 0 && hours.value() <= 80 ? Optional.empty() : Optional.of("validation.capacity.invalid");
    }

    /** Reads a whole number typed with or without thousands dots ({@code 32.500}); see {@link Formats}. */
    public static Optional<Long> parseWholeNumber(String text) {
        return Formats.parseWholeNumber(text);
    }
}
