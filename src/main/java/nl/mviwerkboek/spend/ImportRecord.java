package nl.mviwerkboek.spend;

import java.time.Instant;
import java.time.LocalDate;

/** One import in the history: the file, how it was read, and what it gave. */
public record ImportRecord(long id, String fileName, long fileSize, String sha256, String sheet, long headerRow,
                           ColumnMapping mapping, Integer fixedYear, long rowsRead, long rowsImported,
                           long rowsSkipped, long totalCents, LocalDate firstDate, LocalDate lastDate,
                           Instant importedAt) {
}
