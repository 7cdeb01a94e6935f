package nl.mviwerkboek.spend;

import java.time.LocalDate;

/** Running totals of an import: rows read, imported and skipped, amount (also of the skipped rows), first and last date. */
public final class ImportStats {

    private long rowsRead;
    private long rowsImported;
    private long rowsSkipped;
    private long totalCents;
    private long skippedCents;
    private LocalDate firstDate;
    private LocalDate lastDate;

    /** Adds the amount of a skipped row. */
    public void addSkipped(long cents) {
        skippedCents += cents;
    }

    /** Counts one row's outcome. */
    public void add(LineReader.Result result) {
        rowsRead++;
        if (result.imported()) {
            rowsImported++;
            totalCents += result.line().amountCents();
            LocalDate d = result.line().date();
            if (d != null) {
                firstDate = firstDate == null || d.isBefore(firstDate) ? d : firstDate;
                lastDate = lastDate == null || d.isAfter(lastDate) ? d : lastDate;
            }
        } else {
            rowsSkipped++;
        }
    }

    public long rowsRead() { return rowsRead; }
    public long rowsImported() { return rowsImported; }
    public long rowsSkipped() { return rowsSkipped; }
    public long totalCents() { return totalCents; }
    /** The amounts of the skipped rows that have one (a row without supplier or date; not a totals row). */
    public long skippedCents() { return skippedCents; }
    public LocalDate firstDate() { return firstDate; }
    public LocalDate lastDate() { return lastDate; }
}
