package nl.mviwerkboek.spend.parse;

/** The order of day and month in a column of numeric dates such as {@code 03-04-2025}. */
public enum DateOrder {
    /** Day first: {@code 31-12-2025} (Dutch). */
    DAY_MONTH,
    /** Month first: {@code 12/31/2025} (American). */
    MONTH_DAY
}
