package nl.mviwerkboek.spend.analysis;

/** Spend of one row of an analysis (a group, year or cost centre): key, label, lines, suppliers, amount. */
public record Totals(Object key, String label, long lines, long suppliers, long cents) {

    /** This row's share of {@code totalCents}, 0 when the total is not positive. */
    public double shareOf(long totalCents) {
        return totalCents <= 0 ? 0 : (double) cents / totalCents;
    }
}
