package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An xlsx workbook streamed row by row (never loaded whole), after {@link ZipGuard}: fastexcel lists the
 * sheets; the rows are read by {@link XlsxSheetReader} straight from the inflated bytes (ADR 0035), with
 * fastexcel only for a workbook whose parts are not where its relationships say.
 */
final class XlsxTable implements TableFile {

    /** Excel's own limits; a sheet beyond them is not a real export. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private final Path file;
    private final ReadableWorkbook workbook;
    /** Whether a number format shows dates, by format string: decided once per format, not per cell. */
    private final java.util.Map<String, Boolean> dateFormats = new java.util.HashMap<>();
    private final List<SheetInfo> sheets = new ArrayList<>();

    XlsxTable(Path file) throws ImportFileException {
        this.file = file;
        long[] sizes = ZipGuard.check(file);
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            List<Sheet> all = workbook.getSheets().toList();
            for (Sheet sheet : all) {
                long size = sheet.getIndex() < sizes.length ? sizes[sheet.getIndex()] : 0;
                sheets.add(new SheetInfo(sheet.getIndex(), sheet.getName(), size));
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        }
        if (sheets.isEmpty()) {
            close();
            throw new ImportFileException(Problem.NO_DATA, file, null);
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public String description() {
        return "xlsx";
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) throws ImportFileException {
        XlsxSheetReader reader = null;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            XlsxParts parts = XlsxParts.read(zip);
            String part = sheetIndex < parts.sheetParts.size() ? parts.sheetParts.get(sheetIndex) : null;
            if (part != null && zip.getEntry(part) != null) {
                java.util.zip.ZipEntry strings = parts.sharedStringsPart == null ? null
                        : zip.getEntry(parts.sharedStringsPart);
                try (SharedStrings sst = new SharedStrings(strings == null ? null : zip.getInputStream(strings));
                     java.io.InputStream sheet = zip.getInputStream(zip.getEntry(part))) {
                    reader = new XlsxSheetReader(new XmlBytes(sheet), parts, sst, file);
                    reader.read(visitor);
                }
                return;
            }
        } catch (RowFailure | ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw reader == null ? new ImportFileException(Problem.DAMAGED, file, e)
                    : new ImportFileException(Problem.DAMAGED, file, reader.lastRow() + 1, 0, e);
        }
        readWithFastexcel(sheetIndex, visitor); // a workbook whose parts are not where its relationships say
    }

    /** The rows as fastexcel reads them (the fallback, and what tests compare the sheet reader with). */
    void readWithFastexcel(int sheetIndex, RowVisitor visitor) throws ImportFileException {
        Sheet sheet = workbook.getSheet(sheetIndex).orElseThrow();
        long last = 0;
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                last = row.getRowNum();
                if (row.getRowNum() > MAX_ROWS) {
                    throw new ImportFileException(Problem.TOO_LARGE, file, row.getRowNum(), 0, null);
                }
                if (row.getCellCount() > MAX_COLUMNS) {
                    throw new ImportFileException(Problem.TOO_MANY_COLUMNS, file, row.getRowNum(), 0, null);
                }
                if (!RowFailure.visit(visitor, row.getRowNum(), cells(row))) {
                    return;
                }
            }
        } catch (RowFailure | ImportFileException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        } catch (RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, last + 1, 0, e);
        }
    }

    private List<SheetCell> cells(Row row) throws ImportFileException {
        List<SheetCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            SheetCell cell = cell(row.getCell(i));
            if (cell.text().length() > CsvTable.MAX_CELL_CHARS) {
                throw new ImportFileException(Problem.CELL_TOO_LARGE, file, row.getRowNum(), i + 1, null);
            }
            cells.add(cell);
        }
        return cells;
    }

    private SheetCell cell(Cell c) {
        if (c == null) {
            return SheetCell.EMPTY;
        }
        return switch (c.getType()) {
            case NUMBER -> isDate(c) ? new SheetCell(c.asDate().toLocalDate().toString(), SheetCell.Kind.DATE)
                    : new SheetCell(plain(c.getRawValue()), SheetCell.Kind.NUMBER);
            case STRING, BOOLEAN -> SheetCell.text(c.getText());
            case FORMULA -> c.getRawValue() == null ? SheetCell.EMPTY : SheetCell.text(c.getRawValue());
            case ERROR, EMPTY -> SheetCell.EMPTY;
        };
    }

    private boolean isDate(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = c.getDataFormatString();
        return format != null && dateFormats.computeIfAbsent(format, XlsxTable::isDateFormat);
    }

    static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.contains("d") && f.contains("m") || f.contains("y") || f.contains("j");
    }

    /** A number as plain digits without trailing zeros ("4640.0" → "4640"), so codes read as typed. */
    static String plain(String raw) {
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return SheetCell.withoutTrailingZeros(raw);
        }
        try {
            return SheetCell.withoutTrailingZeros(new BigDecimal(raw).toPlainString());
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }
}
