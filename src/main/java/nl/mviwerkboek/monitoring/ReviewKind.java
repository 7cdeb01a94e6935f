package nl.mviwerkboek.monitoring;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** How often a review comes back: monthly, quarterly or yearly; the next date is proposed from it. */
public enum ReviewKind implements Labelled {
    MAAND(1), KWARTAAL(3), JAAR(12);

    private final int months;

    ReviewKind(int months) {
        this.months = months;
    }

    /** Months until the next review of this kind. */
    public int months() {
        return months;
    }

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind with a stored code. */
    public static ReviewKind fromCode(String code) {
        return Codes.parse(ReviewKind.class, code);
    }

    @Override
    public String labelKey() {
        return "review.kind." + code();
    }
}
