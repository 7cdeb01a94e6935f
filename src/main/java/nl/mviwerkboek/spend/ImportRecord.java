package nl.mviwerkboek.spend;

import java.time.Instant;
import java.time.LocalDate;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * One import in the history: the file, how it was read, and what it gave; {@code skippedCents} is the total
 * of the skipped rows that have an amount, null for imports made before it was recorded.
 */
public record ImportRecord(long id, String fileName, long fileSize, String sha256, String sheet, long headerRow,
                           ColumnMapping mapping, Integer fixedYear, long rowsRead, long rowsImported,
                           long rowsSkipped, long totalCents, LocalDate firstDate, LocalDate lastDate,
                           Instant importedAt, Long skippedCents) {

    /** "9 regels overgeslagen, samen € 0,09" (without the total for an import made before it was recorded). */
    public String skippedText() {
        return skippedCents == null ? Messages.get("spend.skipped.count", rowsSkipped)
                : Messages.get("spend.skipped.total", rowsSkipped, Formats.amount(skippedCents));
    }

    /** The day of the import, as the user reads it. */
    public String importedOn() {
        return Formats.date(importedAt.atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }
}
