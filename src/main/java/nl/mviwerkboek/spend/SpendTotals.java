package nl.mviwerkboek.spend;

import java.util.Map;

/** The plan's spend at a glance, as {@code summary --json} prints it under {@code "spend"}. */
public record SpendTotals(long imports, long lines, long amountCents, long suppliers, long skippedRows,
                          Map<Integer, Long> byYear) {
}
