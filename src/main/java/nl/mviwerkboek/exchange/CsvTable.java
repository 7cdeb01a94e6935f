package nl.mviwerkboek.exchange;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.ImportFileException.Problem;

/** A CSV or text export read with FastCSV: quoted fields with delimiters and line breaks, BOM, encodings. */
final class CsvTable implements TableFile {

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
        try (InputStream in = Files.newInputStream(file)) {
            if (format.bom()) {
                in.skipNBytes(3);
            }
            Reader reader = new java.io.InputStreamReader(in, format.charset());
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(format.delimiter()).quoteCharacter('"')
                    .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(reader);
            for (CsvRecord record : csv) {
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
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException(Problem.READ_ERROR, file, e);
        } catch (RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        }
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
