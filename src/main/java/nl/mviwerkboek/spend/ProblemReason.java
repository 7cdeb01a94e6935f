package nl.mviwerkboek.spend;

import java.util.Locale;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Why a row was skipped, or why an imported row is doubtful. */
public enum ProblemReason implements Labelled {
    BLANK(true), TOTAL(true), REPEATED_HEADER(true), NO_SUPPLIER(true), BAD_AMOUNT(true), BAD_DATE(true),
    DATE_FROM_YEAR(false), NUL_REMOVED(false);

    private final boolean skips;

    ProblemReason(boolean skips) {
        this.skips = skips;
    }

    /** Whether the row was left out (otherwise it was imported but is worth a look). */
    public boolean skips() {
        return skips;
    }

    /** The stored code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason for a stored code. */
    public static ProblemReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    @Override
    public String labelKey() {
        return "spend.problem." + code().replace("_", "");
    }
}
