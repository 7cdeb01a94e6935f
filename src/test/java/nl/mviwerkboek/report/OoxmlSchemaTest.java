package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import nl.mviwerkboek.exchange.docx.DocxWriterTest;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.ooxml.OoxmlSchemas;
import nl.mviwerkboek.testsupport.ooxml.Replace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exported Word document and workbook, of the sample plan and of a new plan with nothing but its
 * defaults, is valid against the OOXML schemas in every XML part, the charts' embedded workbooks included.
 */
class OoxmlSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyExportOfTheSamplePlanIsValid() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            assertValid(exportAll(db, "voorbeeld"));
        }
    }

    @Test
    void everyExportOfANewPlanIsValid() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "nieuw.mviplan")) {
            assertValid(exportAll(db, "nieuw"));
        }
    }

    @Test
    void theWritersSmallDocumentWithEveryKindOfBlockIsValid() throws Exception {
        Path docx = dir.resolve("blokken.docx");
        DocxWriter.write(DocxWriterTest.sample(true), docx, () -> false);
        assertValid(List.of(docx));
    }

    @Test
    void theCheckFindsAnErrorInAPartAndLooksInsideEmbeddedWorkbooks() throws Exception {
        Path docx = dir.resolve("blokken.docx");
        DocxWriter.write(DocxWriterTest.sample(false), docx, () -> false);
        byte[] zip = Files.readAllBytes(docx);
        List<String> checked = OoxmlSchemas.checkedParts(zip);
        assertTrue(checked.containsAll(List.of("word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/numbering.xml", "word/footer1.xml", "word/charts/chart1.xml", "_rels/.rels")), "" + checked);
        assertTrue(checked.stream().anyMatch(p -> p.startsWith("word/embeddings/")) || zipHasEmbeddedWorkbook(zip),
                "the charts' data workbooks are there: " + checked);
        byte[] broken = Replace.part(zip, "word/settings.xml", xml -> xml.replace("<w:compat>", "<w:compat><w:bogus/>"));
        List<String> errors = OoxmlSchemas.errors("kapot.docx", broken);
        assertEquals(1, errors.stream().filter(e -> e.startsWith("kapot.docx!word/settings.xml")).count(), "" + errors);
        byte[] brokenChartData = Replace.embedded(zip, xml -> xml.replace("<sheetData>", "<sheetData><bogus/>"));
        assertTrue(OoxmlSchemas.errors("kapot.docx", brokenChartData).stream().anyMatch(e -> e.contains(".xlsx!xl/")),
                "an error inside a chart's workbook is found");
    }

    private static boolean zipHasEmbeddedWorkbook(byte[] zip) throws Exception {
        return Replace.names(zip).stream().anyMatch(n -> n.endsWith(".xlsx"));
    }

    private List<Path> exportAll(PlanDatabase db, String name) throws Exception {
        ReportService service = new ReportService(db, () -> LocalDate.of(2026, 11, 28));
        List<Path> files = new ArrayList<>();
        for (ExportKind kind : ExportKind.values()) {
            files.add(service.export(kind, dir.resolve(name + "-" + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + "." + kind.extension()), JobContext.silent()));
        }
        return files;
    }

    private static void assertValid(List<Path> files) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            errors.addAll(OoxmlSchemas.errors(f));
        }
        assertEquals(List.of(), errors, errors.size() + " schema errors:\n" + String.join("\n", errors));
    }
}
