package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample plan's documents, reopened with POI and compared with what the plan holds. */
class ReportExportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path dir;
    static PlanDatabase db;
    static ReportService service;

    @BeforeAll
    static void openSample() throws Exception {
        db = TestPlans.sample(dir, "voorbeeld.mviplan");
        service = new ReportService(db, () -> TODAY);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static XWPFDocument docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void theActionPlanHasEveryChapterAndTablesThatMatchThePlan() throws Exception {
        Path file = service.export(ExportKind.PLAN_DOCX, dir.resolve("actieplan.docx"), JobContext.silent());
        try (XWPFDocument doc = docx(file)) {
            assertEquals(List.of("Wijzigingen sinds de vaststelling",
                    "Samenvatting", "Aanleiding en aanpak", "Huidige situatie", "Spendanalyse",
                    "Focus en ambities", "Doelen", "Acties", "Verankering", "Monitoring en rapportage", "Communicatie",
                    "Bijlage A – Actielijst", "Bijlage B – Productgroepen en uitgaven",
                    "Bijlage C – Voorbeeldenbank", "Bijlage D – Methode en bronnen"), headings(doc, "Heading1"));
            assertEquals(1 + 5, tableAfter(doc, "Bijlage C – Voorbeeldenbank").getNumberOfRows(), "the five examples");
            assertTrue(headings(doc, "Heading2").contains("Aanbestedingen en MVI-criteria"));
            assertEquals(1 + 3, tableAfter(doc, "Emissievrij leerlingenvervoer uitvragen in de nieuwe aanbesteding")
                    .getNumberOfRows(), "its three criteria");
            XWPFTable effects = tableAfter(doc, "Effecten van aanbestedingen");
            assertEquals(1 + 6, effects.getNumberOfRows(), "five effects of tenders and one of a running contract");
            assertTrue(java.util.stream.IntStream.range(1, effects.getNumberOfRows()).anyMatch(r -> effects.getRow(r)
                    .getCell(0).getText().equals("Inzameling huishoudelijk afval")), "a contract's effect names it");
            assertTrue(headings(doc, "Heading2").containsAll(List.of("Klimaat", "Circulair (incl. biobased)",
                    "Social return", "Betrokkenen en rollen", "Contractkalender")));
            assertEquals("Actieplan Maatschappelijk Verantwoord Inkopen", doc.getParagraphs().get(0).getText());
            assertEquals("Voorbeeldgemeente", doc.getParagraphs().get(1).getText());
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(all.contains("Planperiode 2026–2029") && all.contains("Datum 28-11-2026"), "cover");
            assertTrue(all.contains("Vastgesteld op 10-02-2026 door de gemeenteraad"), "the sample plan is adopted");
            assertFalse(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains("CONCEPT"));
            XWPFTable actions = tableAfter(doc, "Bijlage A – Actielijst");
            assertEquals(41, actions.getNumberOfRows(), "header and the 40 actions");
            var plan = new ActionService(db, () -> TODAY).picture().join();
            assertEquals(plan.actions().get(0).title(), actions.getRow(1).getCell(0).getText());
            assertEquals(2, doc.getCharts().size(), "spend per group (bars) and per kind (pie), native");
            assertEquals(1, doc.getAllPictures().size(), "the praatplaat");
            assertTrue(doc.getAllPictures().get(0).getData().length > 50_000, "drawn at print resolution");
            assertTrue(doc.getDocument().xmlText().contains("TOC \\o"));
            assertTrue(headings(doc, "Heading2").containsAll(List.of("Draagvlak in de organisatie", "Waarom niet?",
                    "Successen")), "support under Aanleiding, successes under Communicatie");
            assertEquals(List.of("Sterktes", "Zwaktes", "Kansen", "Bedreigingen"), headings(doc, "Heading3").stream()
                    .filter(h -> List.of("Sterktes", "Zwaktes", "Kansen", "Bedreigingen").contains(h)).toList());
            assertEquals(1 + 4, tableAfter(doc, "Waarom niet?").getNumberOfRows(),
                    "the five objections but the one without an answer yet (that is for the officer, in the app)");
            assertTrue(all.contains("Stand van zaken op 28-11-2026"), "targets changed since the adoption: not the adopted text");
            assertFalse(all.contains("Ontbreekt"), "no officer's hints");
        }
    }

    static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().equals(heading)
                    && (p.getStyle() == null || !p.getStyle().startsWith("TOC"))) {
                seen = true;
            } else if (seen && element instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    @Test
    void aConceptWithChosenSectionsAndShortDetailLeavesTheRestOut() throws Exception {
        ReportSettings adopted = service.state().join().settings();
        try {
            service.save(new ReportSettings(PlanStatus.CONCEPT, null, "", "0.9", ReportDetail.BEKNOPT,
                    EnumSet.of(ReportSection.SAMENVATTING, ReportSection.DOELEN, ReportSection.ACTIES), "")).join();
            Path file = service.export(ExportKind.PLAN_DOCX, dir.resolve("kort.docx"), JobContext.silent());
            try (XWPFDocument doc = docx(file)) {
                assertEquals(List.of("Samenvatting", "Doelen", "Acties"), headings(doc, "Heading1"));
                assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains("CONCEPT"));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Concept – nog niet vastgesteld")));
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Versie 0.9")));
                assertEquals(0, doc.getCharts().size());
                long cancelled = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                        .filter(r -> r.getTableCells().size() == 5 && r.getCell(4).getText().equals("Geschrapt")).count();
                assertEquals(0, cancelled, "short detail leaves cancelled actions out");
            }
        } finally {
            service.save(adopted).join();
        }
    }

    @Test
    void theWorkbookHasTypedTablesAndNeverTurnsTextIntoFormulas() throws Exception {
        var actions = new ActionService(db, () -> TODAY);
        Action risky = actions.add(Action.blank("=HYPERLINK(\"http://x\";\"klik\")", ActionKind.OVERIG)).join()
                .actions().stream().filter(a -> a.title().startsWith("=")).findFirst().orElseThrow();
        try {
            Path file = service.export(ExportKind.WORKBOOK_XLSX, dir.resolve("werkboek.xlsx"), JobContext.silent());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
                List<String> sheets = new java.util.ArrayList<>();
                book.forEach(s -> sheets.add(s.getSheetName()));
                assertEquals(List.of("Samenvatting", "Acties", "Doelen", "Spend per productgroep", "Leveranciers", "ABC",
                        "Drempelsignalen", "Contractkalender", "Verankering", "SWOT", "Waarom niet", "Successen",
                        "Criteria", "Marktconsultaties", "Effecten", "Voorbeelden"), sheets);
                book.forEach(s -> assertEquals(1, ((XSSFSheet) s).getTables().size(), s.getSheetName() + " is a table"));
                XSSFSheet list = book.getSheet("Acties");
                assertEquals(41, list.getLastRowNum(), "header and 41 actions");
                assertEquals(1, list.getPaneInformation().getHorizontalSplitPosition());
                assertEquals(List.of("Gepland", "Bezig", "Gereed", "Uitgesteld", "Geschrapt"), List.of(
                        list.getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
                XSSFRow dated = list.getRow(1);
                assertTrue(DateUtil.isCellDateFormatted(dated.getCell(8)), "due date is a real date");
                XSSFRow formula = java.util.stream.IntStream.rangeClosed(1, list.getLastRowNum()).mapToObj(list::getRow)
                        .filter(r -> r.getCell(0).getStringCellValue().startsWith("=")).findFirst().orElseThrow();
                assertEquals(CellType.STRING, formula.getCell(0).getCellType());
                assertTrue(formula.getCell(0).getCellStyle().getQuotePrefixed());
                XSSFSheet groups = book.getSheet("Spend per productgroep");
                assertEquals(CellType.NUMERIC, groups.getRow(1).getCell(2).getCellType(), "amounts are numbers");
                assertEquals(CellType.NUMERIC, book.getSheet("Samenvatting").getRow(6).getCell(1).getCellType());
                assertEquals(40 + 1, book.getSheet("Samenvatting").getRow(11).getCell(1).getNumericCellValue());
            }
        } finally {
            actions.delete(risky).join();
        }
    }

    @Test
    void theProgressReportCoversTheYearSinceTheAdoptedVersion() throws Exception {
        Path file = service.export(ExportKind.PROGRESS_DOCX, dir.resolve("voortgang.docx"), JobContext.silent());
        try (XWPFDocument doc = docx(file)) {
            assertEquals("Voortgangsrapportage MVI 2026", doc.getParagraphs().get(0).getText());
            assertEquals(List.of("Samenvatting", "Voortgang van de doelen", "Voortgang van de acties",
                    "Verankering", "Uitgaven", "Successen", "Reviews en vooruitblik"), headings(doc, "Heading1"));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(
                    "sinds de jaarversie 2026 (vastgesteld) van 10-02-2026")));
            assertEquals(1 + 3, tableAfter(doc, "Bereikte effecten").getNumberOfRows(), "the three effects achieved");
            XWPFTable successes = tableAfter(doc, "Successen");
            assertEquals(1 + 4, successes.getNumberOfRows(), "the four successes since February");
            XWPFTable done = tableAfter(doc, "Afgerond");
            assertTrue(done.getNumberOfRows() > 1, "actions finished since February");
            for (int r = 1; r < done.getNumberOfRows(); r++) {
                assertEquals("Gereed", done.getRow(r).getCell(4).getText());
            }
            XWPFTable changedGoals = tableAfter(doc, "Gewijzigde doelen en streefwaarden");
            assertTrue(changedGoals.getRow(0).getCell(1).getText().contains("2026 (vastgesteld)"));
            assertTrue(changedGoals.getNumberOfRows() >= 3, "the two targets adjusted after the version");
        }
    }

    @Test
    void aFileThatCannotBeWrittenGivesADutchMessageWithThePath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("bestand.txt"), "geen map");
        Path target = notAFolder.resolve("actieplan.docx");
        nl.mviwerkboek.shared.i18n.UserProblem problem = assertThrows(nl.mviwerkboek.shared.i18n.UserProblem.class,
                () -> service.export(ExportKind.PLAN_DOCX, target, JobContext.silent()));
        assertEquals("Document niet gemaakt", problem.title());
        assertTrue(problem.detail().startsWith(target + " kon niet worden geschreven. Kies een map"), problem.detail());
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        JobContext cancelled = nl.mviwerkboek.testsupport.TestJobs.cancelled();
        Path target = dir.resolve("geannuleerd.docx");
        assertThrows(CancellationException.class, () -> service.export(ExportKind.PLAN_DOCX, target, cancelled));
        assertFalse(Files.exists(target));
    }
}
