package nl.mviwerkboek.spend.parse;

/** Decides a column's day-month order from the evidence of its values; day first when nothing tells. */
public final class DateVote {

    private long dayFirst;
    private long monthFirst;

    /** Counts one value's evidence. */
    public void add(String value) {
        Dates.evidence(value).ifPresent(order -> {
            if (order == DateOrder.DAY_MONTH) {
                dayFirst++;
            } else {
                monthFirst++;
            }
        });
    }

    /** The order most values show. */
    public DateOrder decision() {
        return monthFirst > dayFirst ? DateOrder.MONTH_DAY : DateOrder.DAY_MONTH;
    }
}
