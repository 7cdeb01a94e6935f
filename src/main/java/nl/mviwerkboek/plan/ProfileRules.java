package nl.mviwerkboek.plan;

import java.time.LocalDate;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.Formats;

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

    /** Inhabitants: optional, a whole number from 1 to 20 million. */
    public static Optional<String> checkInhabitants(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> value = parseWholeNumber(text);
        return value.isPresent() && value.get() >= 1 && value.get() <= 20_000_000
                ? Optional.empty() : Optional.of("validation.inhabitants.invalid");
    }

    /** A period year: required, four digits within the supported range. */
    public static Optional<String> checkYear(String text) {
        Optional<Long> year = parseWholeNumber(text);
        return year.isPresent() && year.get() >= FIRST_YEAR && year.get() <= LAST_YEAR
                ? Optional.empty() : Optional.of("validation.year.invalid");
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

    /** The reserved budget: optional, an amount in euros of zero or more. */
    public static Optional<String> checkBudget(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> cents = Formats.parseAmountCents(text);
        return cents.isPresent() && cents.get() >= 0 ? Optional.empty() : Optional.of("validation.budget.invalid");
    }

    /** Capacity: optional, hours per week from 0 to 80. */
    public static Optional<String> checkCapacity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Double> hours = Formats.parseDecimal(text);
        return hours.isPresent() && hours.get() >= 0 && hours.get() <= 80
                ? Optional.empty() : Optional.of("validation.capacity.invalid");
    }

    /** Reads a whole number typed with or without thousands dots ({@code 32.500}). */
    public static Optional<Long> parseWholeNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace(" ", "");
        if (!s.matches("\\d{1,3}(\\.\\d{3})+|\\d+") || s.length() > 12) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s.replace(".", "")));
    }
}
