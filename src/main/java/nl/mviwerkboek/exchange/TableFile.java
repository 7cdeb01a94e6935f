package nl.mviwerkboek.exchange;

import java.util.List;

/** An opened CSV file or workbook whose sheets can be read row by row. */
public interface TableFile extends AutoCloseable {

    /** The sheets; a CSV file has one. */
    List<SheetInfo> sheets();

    /** The sheet with the most data (the default choice). */
    default SheetInfo largestSheet() {
        return sheets().stream().max(java.util.Comparator.comparingLong(SheetInfo::size)).orElseThrow();
    }

    /** What kind of file this is, e.g. "xlsx" or "csv (UTF-8, ;)". */
    String description();

    /**
     * Streams a sheet's rows to the visitor until it returns false or the sheet ends. Problems with the
     * file raise {@link ImportFileException}; the visitor's own exceptions leave as {@link RowFailure}.
     */
    void read(int sheetIndex, RowVisitor visitor) throws ImportFileException;

    @Override
    void close();
}
