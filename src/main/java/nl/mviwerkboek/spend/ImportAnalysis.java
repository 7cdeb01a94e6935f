package nl.mviwerkboek.spend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.SheetInfo;
import nl.mviwerkboek.spend.parse.HeaderNames;

/**
 * What the import wizard knows about a file before importing: its sheets, a sample of the chosen
 * sheet's first rows, the header row, the column mapping and the column styles.
 */
public record ImportAnalysis(Path file, long size, String sha256, String description, Optional<CsvFormat> csvFormat,
                             List<SheetInfo> sheets, int sheetIndex, List<Long> rowNumbers,
                             List<List<SheetCell>> rows, int headerIndex, ColumnMapping mapping,
                             boolean mappingRemembered, ColumnStyles styles, long estimatedRows) {

    /** The header row's texts. */
    public List<String> header() {
        return rows.isEmpty() ? List.of() : rows.get(headerIndex).stream().map(SheetCell::text).toList();
    }

    /** The header's row number in the file (from 1). */
    public long headerRowNumber() {
        return rows.isEmpty() ? 0 : rowNumbers.get(headerIndex);
    }

    /** The sample rows below the header. */
    public List<List<SheetCell>> dataRows() {
        return rows.subList(Math.min(rows.size(), headerIndex + 1), rows.size());
    }

    /** The row numbers of {@link #dataRows()}. */
    public List<Long> dataRowNumbers() {
        return rowNumbers.subList(Math.min(rowNumbers.size(), headerIndex + 1), rowNumbers.size());
    }

    /** The chosen sheet. */
    public SheetInfo sheet() {
        return sheets.get(sheetIndex);
    }

    /** Identifies exports with the same columns: the normalised header names, in order. */
    public String signature() {
        return String.join("|", header().stream().map(HeaderNames::normalise).toList());
    }

    /** The same analysis with another header row; mapping and styles follow unless remembered. */
    public ImportAnalysis withHeaderIndex(int index, ColumnMapping newMapping, boolean remembered) {
        ImportAnalysis moved = new ImportAnalysis(file, size, sha256, description, csvFormat, sheets, sheetIndex,
                rowNumbers, rows, index, newMapping, remembered, styles, estimatedRows);
        return moved.withMapping(newMapping);
    }

    /** The same analysis with another mapping; the column styles are decided again. */
    public ImportAnalysis withMapping(ColumnMapping newMapping) {
        return new ImportAnalysis(file, size, sha256, description, csvFormat, sheets, sheetIndex, rowNumbers, rows,
                headerIndex, newMapping, mappingRemembered, ColumnStyles.decide(dataRows(), newMapping),
                estimatedRows);
    }
}
