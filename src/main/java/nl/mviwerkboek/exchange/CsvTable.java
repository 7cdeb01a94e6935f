package nl.mviwerkboek.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mviwerkboek.exchange.ImportFileException.Problem;

/** A CSV or text export read with FastCSV: quoted fields with delimiters and line breaks, BOM, encodings. */
final class CsvTable implements TableFile {

    /** The longest cell read (Excel's own limit is 32,767 characters); a longer one means a broken file. */
    static final int MAX_CELL_CHARS = 100_000;
    /** FastCSV's buffer: above the cell limit, so that an oversized cell is reported with its row and column. */
    private static final int BUFFER_CHARS = 64 * 1024 * 1024;
    private static final Pattern FIELD_AT = Pattern.compile("index (\\d+) in record starting at line (\\d+)");
    private static final Pattern RECORD_AT = Pattern.compile("starting at line (\\d+) has surpassed");

    private final Path file;
    private final CsvFormat format;

    CsvTable(Path file, CsvFormat format) {
        this.file = file;
        this.format = format;
    }

    @Override
    public List<SheetInfo> sheets() {
        try {
            return List.of(new SheetInfo(0, file.getFileName().toString(), Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "csv (" + format.describe() + ")";
    }

    /** The detected or chosen format. */
    CsvFormat format() {
        return format;
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) throws ImportFileException {
        long[] next = {1};
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(format.bomLength());
            Reader reader = new LineBreakReader(new java.io.InputStreamReader(in, format.charset()));
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(format.delimiter()).quoteCharacter('"')
                    .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true).maxBufferSize(BUFFER_CHARS)
                    .build(CsvRecordHandler.builder().maxFields(XlsxTable.MAX_COLUMNS).maxFieldSize(MAX_CELL_CHARS)
                            .maxRecordSize(BUFFER_CHARS).build(), reader);
            for (CsvRecord record : csv) {
                next[0] = record.getStartingLineNumber() + 1 + lineBreaks(record);
                List<SheetCell> cells = new ArrayList<>(record.getFieldCount());
                for (String field : record.getFields()) {
                    cells.add(SheetCell.text(field));
                }
                if (!RowFailure.visit(visitor, record.getStartingLineNumber(), cells)) {
                    return;
                }
            }
        } catch (RowFailure e) {
            throw e;
        } catch (CsvParseException e) {
            throw tooLarge(e, next[0]);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        } catch (RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, next[0], 0, e);
        }
    }

    /** A limit FastCSV met, with the row and column its message names (else the row after the last one read). */
    private ImportFileException tooLarge(CsvParseException e, long nextRow) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher field = FIELD_AT.matcher(message);
            if (field.find()) {
                return new ImportFileException(Problem.CELL_TOO_LARGE, file, Long.parseLong(field.group(2)),
                        Integer.parseInt(field.group(1)) + 1, e);
            }
            Matcher record = RECORD_AT.matcher(message);
            if (record.find()) {
                return new ImportFileException(Problem.TOO_MANY_COLUMNS, file, Long.parseLong(record.group(1)), 0, e);
            }
            if (message.contains("maximum buffer size")) {
                return new ImportFileException(Problem.CELL_TOO_LARGE, file, nextRow, 0, e);
            }
        }
        return new ImportFileException(Problem.DAMAGED, file, nextRow, 0, e);
    }

    /** Line breaks inside the record's quoted fields, to know where the next record starts. */
    private static int lineBreaks(CsvRecord record) {
        int n = 0;
        for (String field : record.getFields()) {
            for (int i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
