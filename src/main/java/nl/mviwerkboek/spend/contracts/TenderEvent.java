package nl.mviwerkboek.spend.contracts;

import java.time.LocalDate;
import nl.mviwerkboek.shared.i18n.Labelled;

/** A moment in the tender calendar: a contract's term ends (extend or tender) or its last option ends. */
public record TenderEvent(Contract contract, LocalDate date, Kind kind) {

    /** What has to be decided at the date. */
    public enum Kind implements Labelled {
        /** The current term ends and options are left: extend or tender again. */
        DECIDE_EXTENSION,
        /** No options are left: a new tender is needed. */
        NEW_TENDER;

        @Override
        public String labelKey() {
            return "calendar.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The quarter as "2027 K2" (year and quarter number). */
    public String quarter() {
        return date.getYear() + " K" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
