package nl.mviwerkboek.spend;

import java.time.LocalDate;

/** Running totals of an import: rows read, imported and skipped, amount, first and last date. */
public final class ImportStats {

    private long rowsRead;
    private long rowsImported;
    private long rowsSkipped;
    private long totalCents;
    private LocalDate firstDate;
    private LocalDate lastDate;

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
    public LocalDate firstDate() { return firstDate; }
    public LocalDate lastDate() { return lastDate; }
}
