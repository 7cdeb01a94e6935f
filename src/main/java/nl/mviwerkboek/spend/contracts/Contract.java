package nl.mviwerkboek.spend.contracts;

import java.time.LocalDate;

/**
 * A contract in the register: what, with whom, in which product group, its term and extension
 * options (in months in total), estimated value, whether MVI and SROI were applied, and who owns it.
 */
public record Contract(long id, String title, String supplierName, Long groupId, LocalDate start, LocalDate end,
                       int extensionMonths, String optionsNote, long valueCents, boolean mviApplied,
                       boolean sroiApplied, String owner, String note) {

    /** The last possible end date with every option used (the end date when there are none). */
    public LocalDate finalEnd() {
        return end == null ? null : end.plusMonths(extensionMonths);
    }

    /** The term in months from start to the final end, when both are known. */
    public long termMonths() {
        return start == null || end == null ? 0 : java.time.temporal.ChronoUnit.MONTHS.between(start, finalEnd());
    }

    /** A new, empty contract. */
    public static Contract blank() {
        return new Contract(0, "", "", null, null, null, 0, "", 0, false, false, "", "");
    }
}
