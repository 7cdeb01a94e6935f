package nl.mviwerkboek.sampledata;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the sample exports of Voorbeeldgemeente into {@code sample-data/} (see sample-data/README.md):
 * an xlsx for 2023, a Dutch CSV for 2024 and an English-headed CSV for 2025, always the same for the
 * same seed. Run with {@code ./mvnw -Psample-data process-test-classes}.
 */
public final class SampleExportGenerator {

    static final long SEED = 20_261_127L;
    static final int LINES_PER_YEAR = 10_000;
    static final int SUPPLIERS = 1_500;

    private SampleExportGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        Random random = new Random(SEED);
        List<MunicipalSpend.Supplier> suppliers = MunicipalSpend.suppliers(random, SUPPLIERS);
        writeXlsx(folder.resolve("crediteuren-2023.xlsx"), lines(random, suppliers, 2023));
        writeDutchCsv(folder.resolve("crediteuren-2024.csv"), lines(random, suppliers, 2024));
        writeEnglishCsv(folder.resolve("spend-2025-english.csv"), lines(random, suppliers, 2025));
    }

    static List<MunicipalSpend.Line> lines(Random random, List<MunicipalSpend.Supplier> suppliers, int year) {
        double total = suppliers.stream().mapToDouble(MunicipalSpend.Supplier::weight).sum();
        List<MunicipalSpend.Line> lines = new ArrayList<>();
        for (int i = 0; i < LINES_PER_YEAR; i++) {
            double pick = random.nextDouble() * total;
            MunicipalSpend.Supplier s = suppliers.get(suppliers.size() - 1);
            for (MunicipalSpend.Supplier candidate : suppliers) {
                pick -= candidate.weight();
                if (pick <= 0) {
                    s = candidate;
                    break;
                }
            }
            LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.getYear() == year && date.getDayOfYear() > 3 ? date.minusDays(1) : date.plusDays(1);
            }
            double euros = s.ledger().typicalEuros() * Math.exp(random.nextGaussian() * 0.9);
            long cents = Math.max(500, Math.round(euros * 100));
            boolean credit = random.nextInt(100) < 2;
            lines.add(new MunicipalSpend.Line(s, MunicipalSpend.variant(random, s.name()), date, credit ? -cents : cents,
                    year + "-" + (100_000 + random.nextInt(899_999)),
                    (credit ? "Creditnota " : "") + s.ledger().name() + " " + monthName(date)));
        }
        return lines;
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.of("nl"));
    }

    private static void writeXlsx(Path file, List<MunicipalSpend.Line> lines) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Crediteuren 2023");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue("Crediteurenoverzicht gemeente Voorbeeldgemeente");
            sheet.createRow(1).createCell(0).setCellValue("Periode: 01-01-2023 t/m 31-12-2023");
            sheet.createRow(2).createCell(0).setCellValue("Aangemaakt op 15-01-2024 door Financiën");
            String[] header = {"Crediteurnummer", "Crediteurnaam", "KvK-nummer", "Factuurnummer", "Factuurdatum",
                "Grootboekrekening", "Omschrijving grootboekrekening", "Kostenplaats", "Bedrag excl. BTW", "Omschrijving"};
            Row h = sheet.createRow(4);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            long total = 0;
            int r = 5;
            for (MunicipalSpend.Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("K" + Math.abs(l.supplier().name().hashCode() % 90_000 + 10_000));
                row.createCell(1).setCellValue(l.printedName());
                if (l.supplier().kvk() != null) {
                    row.createCell(2).setCellValue(l.supplier().kvk());
                }
                row.createCell(3).setCellValue(l.invoiceNumber());
                row.createCell(4).setCellValue(l.date());
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(Integer.parseInt(l.supplier().ledger().code()));
                row.createCell(6).setCellValue(l.supplier().ledger().name());
                row.createCell(7).setCellValue(l.supplier().ledger().costCentre() + " "
                        + l.supplier().ledger().costCentreName());
                row.createCell(8).setCellValue(l.cents() / 100.0);
                row.getCell(8).setCellStyle(money);
                row.createCell(9).setCellValue(l.description());
                total += l.cents();
            }
            Row totals = sheet.createRow(r + 1);
            totals.createCell(0).setCellValue("Totaal");
            totals.createCell(8).setCellValue(total / 100.0);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    private static void writeDutchCsv(Path file, List<MunicipalSpend.Line> lines) throws Exception {
        DecimalFormat amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("nl", "NL")));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        Charset cp1252 = Charset.forName("windows-1252");
        try (BufferedWriter w = Files.newBufferedWriter(file, cp1252)) {
            w.write("Crediteur;Naam;Postcode;Plaats;Boekdatum;Kostensoort;Omschrijving kostensoort;Kostenplaats;"
                    + "Netto bedrag;Factuurnr;Omschrijving\r\n");
            int i = 0;
            for (MunicipalSpend.Line l : lines) {
                String name = i++ % 997 == 0 ? "#N/B" : l.printedName();
                w.write(String.join(";", "K" + Math.abs(l.supplier().name().hashCode() % 90_000 + 10_000),
                        quote(name), l.supplier().postcode(), l.supplier().city(), date.format(l.date()),
                        l.supplier().ledger().code(), l.supplier().ledger().name(), l.supplier().ledger().costCentre(),
                        amount.format(BigDecimal.valueOf(l.cents(), 2)), l.invoiceNumber(), quote(l.description())));
                w.write("\r\n");
            }
        }
    }

    private static void writeEnglishCsv(Path file, List<MunicipalSpend.Line> lines) throws Exception {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Supplier Name,Company Number,Payment Date,Expense Code,Expense Description,Service Area,"
                    + "Net Amount,Transaction Number,Narrative\n");
            for (MunicipalSpend.Line l : lines) {
                w.write(String.join(",", quote(l.printedName()), l.supplier().kvk() == null ? "" : l.supplier().kvk(),
                        date.format(l.date()), l.supplier().ledger().code(), quote(l.supplier().ledger().name()),
                        quote(l.supplier().ledger().costCentreName()),
                        "\"" + String.format(Locale.ROOT, "%,.2f", l.cents() / 100.0) + "\"", l.invoiceNumber(),
                        quote(l.description())));
                w.write("\n");
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
