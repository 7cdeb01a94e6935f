package nl.mviwerkboek.bench;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes the benchmark's large exports: a Dutch CSV and an xlsx with the same million lines. */
final class BenchFiles {

    static final String[] HEADER = {"Crediteurnummer", "Crediteurnaam", "Factuurdatum", "Grootboekrekening",
        "Kostenplaats", "Bedrag excl. BTW", "Omschrijving"};

    private BenchFiles() {
    }

    static void csv(Path file, int rows) throws Exception {
        Random r = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            w.write(String.join(";", HEADER));
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                int s = supplier(r);
                LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
                long cents = 500 + r.nextInt(5_000_000);
                w.write("K" + s + ";Leverancier " + s + " B.V.;" + String.format("%02d-%02d-%d", d.getDayOfMonth(),
                        d.getMonthValue(), d.getYear()) + ";" + (4300 + s % 40) + ";" + (200 + s % 12) + ";"
                        + String.format("%,d", cents / 100).replace(',', '.') + "," + String.format("%02d", cents % 100)
                        + ";Factuur " + i + "\r\n");
            }
        }
    }

    static void xlsx(Path file, int rows) throws Exception {
        Random r = new Random(1);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Crediteuren");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                int s = supplier(r);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("K" + s);
                row.createCell(1).setCellValue("Leverancier " + s + " B.V.");
                row.createCell(2).setCellValue(LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365)));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(4300 + s % 40);
                row.createCell(4).setCellValue(200 + s % 12);
                row.createCell(5).setCellValue((500 + r.nextInt(5_000_000)) / 100.0);
                row.createCell(6).setCellValue("Factuur " + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /** A supplier number with a skewed distribution over 20,000 suppliers. */
    private static int supplier(Random r) {
        return (int) Math.min(19_999, Math.abs(r.nextGaussian()) * 4_000);
    }
}
