package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.shared.task.JobContext;
import org.junit.jupiter.api.Test;

/** What an import stores of messy texts: one line, nothing invisible; and what it tells about damaged ones. */
class ImportCleaningTest extends SpendPlanTest {


    private ImportRecord importText(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return importFile(file);
    }

    private List<String> column(String sql) {
        return db.read(c -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }).join();
    }

    @Test
    void tabsLineBreaksAndInvisibleCharactersInTextsAreStoredAsOneSpace() throws Exception {
        importText("export.csv", "Leverancier;Datum;Bedrag;Omschrijving\n"
                + "\"Groen\tB.V.\r\nEde\";01-02-2025;12,50;\"Maaien\r\nperceel 3\"\n"
                + "Caf\u00E9\u00A0De\u200B Kroon ;02-02-2025;7,50;\u00A0Lunch\u2028vergadering\t\n");
        assertEquals(List.of("Café De Kroon", "Groen B.V. Ede"), column("SELECT name FROM supplier ORDER BY name"));
        assertEquals(List.of("Café De Kroon", "Groen B.V. Ede"),
                column("SELECT supplier_name FROM spend_line ORDER BY supplier_name"));
        assertEquals(List.of("Lunch vergadering", "Maaien perceel 3"),
                column("SELECT description FROM spend_line ORDER BY description"));
    }

    @Test
    void aNulByteIsLeftOutAndItsRowAndColumnReported() throws Exception {
        ImportRecord record = importText("nul.csv", "Leverancier;Datum;Bedrag\n"
                + "Groen BV;01-02-2025;12,50\nDe Vries\0 BV;02-02-2025;7,50\n");
        assertEquals(2, record.rowsImported());
        assertEquals(2_000, record.totalCents());
        assertEquals(List.of("De Vries BV", "Groen BV"), column("SELECT name FROM supplier ORDER BY name"));
        List<ImportProblem> problems = spend.problems(record.id()).join();
        assertEquals(List.of(new ImportProblem(3, "Leverancier", "De Vries BV", ProblemReason.NUL_REMOVED)), problems);
        assertEquals("Onleesbaar teken (NUL) weggelaten: regel wel ingelezen", ProblemReason.NUL_REMOVED.label());
    }

    @Test
    void aProblemKeepsOnlyAnExcerptOfAHugeValue() throws Exception {
        ImportRecord record = importText("groot.csv", "Leverancier;Datum;Bedrag\nGroen BV;01-02-2025;12,50\n"
                + "De Vries;02-02-2025;" + "9".repeat(20_000) + "x\n");
        ImportProblem bad = spend.problems(record.id()).join().get(0);
        assertEquals(ProblemReason.BAD_AMOUNT, bad.reason());
        assertEquals(LineReader.EXCERPT + 1, bad.value().length());
        assertTrue(bad.value().endsWith("…"));
    }

    @Test
    void anHtmlExportsProgressCountsItsRows() throws Exception {
        Path file = nl.mviwerkboek.testsupport.HostileFiles.html(dir.resolve("export.xls"), 6_000,
                StandardCharsets.UTF_8).file();
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        assertEquals("html", analysis.description());
        assertEquals(6_005, analysis.estimatedRows(), "two title rows, an empty row, the header, lines, totals");
    }

    @Test
    void aMessageListsTwelveColumnNamesThenHowManyMore() {
        List<String> header = new ArrayList<>(Collections.nCopies(16_384, "Kolom"));
        header.set(0, "Leverancier\twith a tab");
        header.set(1, "x".repeat(5_000));
        String summary = HeaderSummary.of(header);
        assertTrue(summary.startsWith("Leverancier with a tab | " + "x".repeat(HeaderSummary.NAME_CHARS) + "… | Kolom"),
                summary);
        assertTrue(summary.endsWith("| Kolom … en nog 16.372 kolommen"), summary);
        assertTrue(summary.length() < 400, summary);
        assertEquals("a | (leeg) | b", HeaderSummary.of(List.of("a", " ", "b")));
    }
}
