package nl.mviwerkboek.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes large spend exports for the fault tests (a Dutch CSV, an xlsx) and counts, while writing,
 * the lines and the total a complete import of them must hold.
 */
final class LargeExports {

    static final String[] HEADER = {"Crediteurnummer", "Crediteurnaam", "Factuurdatum", "Grootboekrekening",
        "Kostenplaats", "Bedrag excl. BTW", "Omschrijving"};

    /** What a complete import of a written file must store. */
    record Expected(long lines, long totalCents) {
    }

    /** One generated line. */
    private record Line(int supplier, LocalDate date, long cents, String invoice) {
    }

    private final Random random;
    private final int year;
    private final String supplierWord;

    private LargeExports(long seed, int year, String supplierWord) {
        this.random = new Random(seed);
        this.year = year;
        this.supplierWord = supplierWord;
    }

    /** A semicolon CSV in Windows-1252 with Dutch amounts ({@code 1.234,56}) and dates ({@code 31-12-2025}). */
    static Expected csv(Path file, int rows, int year, String supplierWord) throws Exception {
        LargeExports lines = new LargeExports(year, year, supplierWord);
        long total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            w.write(String.join(";", HEADER));
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                Line line = lines.next(i);
                total += line.cents();
                w.write("K" + line.supplier() + ";" + lines.supplierName(line) + ";" + dutchDate(line.date()) + ";"
                        + (4300 + line.supplier() % 40) + ";" + (200 + line.supplier() % 12) + ";"
                        + dutchAmount(line.cents()) + ";" + line.invoice() + "\r\n");
            }
        }
        return new Expected(rows, total);
    }

    /**
     * An xlsx with one sheet, inline strings, real dates and numeric amounts, as a streaming writer (POI's
     * SXSSF, many financial systems) makes it; written directly, since POI needs seconds for many rows.
     */
    static Expected xlsx(Path file, int rows, int year, String supplierWord) throws Exception {
        LargeExports lines = new LargeExports(year, year, supplierWord);
        long total = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
             Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            for (String[] part : XlsxParts.FIXED) {
                zip.putNextEntry(new ZipEntry(part[0]));
                w.write(part[1]);
                w.flush();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write(XlsxParts.SHEET_START);
            w.write(XlsxParts.row(1, List.of(HEADER)));
            for (int i = 0; i < rows; i++) {
                Line line = lines.next(i);
                total += line.cents();
                w.write("<row r=\"" + (i + 2) + "\">" + XlsxParts.text("K" + line.supplier())
                        + XlsxParts.text(lines.supplierName(line)) + XlsxParts.date(line.date())
                        + XlsxParts.number(Integer.toString(4300 + line.supplier() % 40))
                        + XlsxParts.number(Integer.toString(200 + line.supplier() % 12))
                        + XlsxParts.number(BigDecimal.valueOf(line.cents(), 2).toPlainString())
                        + XlsxParts.text(line.invoice()) + "</row>");
            }
            w.write(XlsxParts.SHEET_END);
            w.flush();
            zip.closeEntry();
        }
        return new Expected(rows, total);
    }

    private Line next(int i) {
        int supplier = (int) Math.min(4_999, Math.abs(random.nextGaussian()) * 1_200);
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        long cents = 1 + random.nextInt(2_500_000);
        return new Line(supplier, date, cents, "F" + year + "-" + i);
    }

    private String supplierName(Line line) {
        return supplierWord + " " + line.supplier() + " B.V.";
    }

    /** {@code 1234567} cents as {@code 12.345,67} (written by hand: {@code String.format} is slow on many lines). */
    static String dutchAmount(long cents) {
        String euros = Long.toString(cents / 100);
        StringBuilder text = new StringBuilder(euros.length() + 6);
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                text.append('.');
            }
            text.append(euros.charAt(i));
        }
        long rest = cents % 100;
        return text.append(',').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** A date as {@code 31-12-2025}. */
    static String dutchDate(LocalDate date) {
        return (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth() + (date.getMonthValue() < 10 ? "-0" : "-")
                + date.getMonthValue() + "-" + date.getYear();
    }
}
