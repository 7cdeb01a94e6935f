package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.cli.CliOutput;
import nl.mviwerkboek.cli.CommandLine;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.Pareto;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.testsupport.TestPlans;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden figures: the spend total, the product-group table, the ABC classes and the action counts are read back
 * from the exported Word plan and workbook and compared with the analysis service's figures, read on their own
 * (and, for one month of data, with the sum of the export's amounts), for the sample plan and a plan with one
 * month of data.
 */
class GoldenFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @Test
    void theSamplePlansDocumentsCarryTheAnalysisFigures() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            check(db, null);
        }
    }

    @Test
    void aPlanWithOneMonthOfDataCarriesItsFiguresAndSaysWhichMonthsTheyCover() throws Exception {
        Path csv = dir.resolve("april.csv");
        List<String> lines = Files.readAllLines(Path.of("sample-data", "crediteuren-2024.csv"), StandardCharsets.ISO_8859_1);
        List<String> april = new java.util.ArrayList<>(List.of(lines.get(0)));
        long cents = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";");
            if (f.length > 8 && f[4].matches("(0[1-9]|1\\d|2[0-5])-04-2024")) {
                april.add(line);
                cents += new BigDecimal(f[8].replace(".", "").replace(",", ".")).movePointRight(2).longValueExact();
            }
        }
        Files.write(csv, april, StandardCharsets.ISO_8859_1);
        Path plan = dir.resolve("april.mviplan");
        CommandLine cli = new CommandLine(new CliOutput(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream())), DataFolder.at(dir.resolve("home")));
        assertEquals(0, cli.run("new", "--plan", plan.toString(), "--name", "Aprilgemeente", "--period", "2026-2029"));
        assertEquals(0, cli.run("import", "--plan", plan.toString(), "--file", csv.toString()));
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            String text = check(db, cents);
            assertTrue(text.contains("geboekt van 01-04-2024 tot en met 25-04-2024"), "the months the data covers");
            assertTrue(text.contains("2024 (01-04-2024 t/m 25-04-2024)"), "the part year marked");
            assertFalse(text.contains("over de jaren"), "no year range for one month");
            assertTrue(text.contains("Nog niet ingevuld: "), "the empty parts in one line");
            assertFalse(text.contains("Open\t—"), "no anchoring rows of dashes");
        }
    }

    /** Checks the documents of {@code db}; {@code expectedCents} is the total from the source when known. Returns the plan's text. */
    private String check(PlanDatabase db, Long expectedCents) throws Exception {
        ReportService service = new ReportService(db, () -> TODAY);
        Path docx = service.export(ExportKind.PLAN_DOCX, dir.resolve("plan.docx"), JobContext.silent());
        Path xlsx = service.export(ExportKind.WORKBOOK_XLSX, dir.resolve("werkboek.xlsx"), JobContext.silent());
        SpendPicture sp = db.read(c -> AnalysisService.read(c, AnalysisFilter.ALL)).join();
        int actions = db.read(c -> new nl.mviwerkboek.actions.ActionStorage().list(c)).join().size();
        if (expectedCents != null) {
            assertEquals(expectedCents.longValue(), sp.totalCents(), "the analysis adds up the export's amounts");
        }
        Map<String, Long> groups = new HashMap<>();
        for (Totals t : sp.byGroup()) {
            if (t.cents() != 0) {
                groups.put(t.label() == null ? "Niet ingedeeld" : t.label(), t.cents());
            }
        }
        try (XWPFDocument doc = ReportExportTest.docx(docx)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b)
                    + doc.getTables().stream().map(XWPFTable::getText).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains(Texts.money(sp.totalCents())), "the key figure is the spend total");
            XWPFTable table = ReportExportTest.tableAfter(doc, "Bijlage " + (actions > 0 ? "B" : "A")
                    + " – Productgroepen en uitgaven");
            Map<String, String> shown = new HashMap<>();
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                shown.put(row.getCell(0).getText(), row.getCell(2).getText());
            }
            assertEquals(Formats.amountRounded(sp.totalCents()), shown.remove("Totaal"), "the total row");
            assertEquals(groups.size(), shown.size(), "every group with spend once, no group without");
            groups.forEach((name, cents) -> assertEquals(Formats.amountRounded(cents), shown.get(name), name));
            XWPFTable abc = ReportExportTest.tableAfter(doc, "Leveranciers");
            List<Pareto.ClassTotals> classes = sp.pareto().classes();
            assertEquals(classes.size() + 1, abc.getNumberOfRows());
            for (int i = 0; i < classes.size(); i++) {
                XWPFTableRow row = abc.getRow(i + 1);
                assertEquals(classes.get(i).abcClass().label(), row.getCell(0).getText());
                assertEquals(Formats.number(classes.get(i).suppliers()), row.getCell(1).getText());
                assertEquals(Formats.amountRounded(classes.get(i).cents()), row.getCell(2).getText());
            }
            assertEquals(sp.suppliers().size(), classes.stream().mapToLong(Pareto.ClassTotals::suppliers).sum());
            if (actions > 0) {
                assertEquals(actions + 1, ReportExportTest.tableAfter(doc, "Bijlage A – Actielijst").getNumberOfRows());
                assertTrue(text.contains(actions + "\nacties") || text.contains(Formats.number(actions)), "action count");
            } else {
                assertFalse(text.contains("Bijlage A – Actielijst"), "no empty action list");
            }
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                XSSFSheet g = book.getSheet("Spend per productgroep");
                long sum = 0;
                Map<String, Long> inBook = new HashMap<>();
                for (Row r : g) {
                    if (r.getRowNum() > 0 && r.getCell(2) != null) {
                        long c = Math.round(r.getCell(2).getNumericCellValue() * 100);
                        inBook.put(r.getCell(0).getStringCellValue(), c);
                        sum += c;
                    }
                }
                assertEquals(sp.totalCents(), sum, "the workbook's groups add up to the total, to the cent");
                groups.forEach((name, cents) -> assertEquals(cents, inBook.get(name), name));
                XSSFSheet a = book.getSheet("ABC");
                for (int i = 0; i < classes.size(); i++) {
                    Row r = a.getRow(i + 1);
                    assertEquals(classes.get(i).suppliers(), (long) r.getCell(1).getNumericCellValue());
                    assertEquals(classes.get(i).cents(), Math.round(r.getCell(2).getNumericCellValue() * 100));
                }
                long rows = 0;
                for (Row r : book.getSheet("Acties")) {
                    if (r.getRowNum() > 0 && r.getCell(2) != null && !r.getCell(2).toString().isBlank()) {
                        rows++;
                    }
                }
                assertEquals(actions, rows, "a row per action (with its kind) under the header");
            }
            return text;
        }
    }
}
