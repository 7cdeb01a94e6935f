package nl.mviwerkboek.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table as a CSV file that Dutch Excel opens as it is: UTF-8 with BOM, {@code ;} between
 * fields. Text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe so it is
 * never a formula.
 */
public final class CsvReport {

    private CsvReport() {
    }

    /** Writes the header and rows, through a hidden file moved into place ({@link OfficeFiles#writeAtomically}). */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        OfficeFiles.writeAtomically(file, out -> writeTo(out, header, rows));
    }

    private static void writeTo(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';')
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeRecord(header);
            for (List<String> row : rows) {
                csv.writeRecord(row.stream().map(CsvReport::safe).toList());
            }
        }
    }

    static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
