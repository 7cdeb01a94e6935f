package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.parse.SpendField;
import nl.mviwerkboek.testsupport.TestExports;
import nl.mviwerkboek.testsupport.TestWorkbooks;
import org.junit.jupiter.api.Test;

class SpendImportTest extends SpendPlanTest {

    static final String DUTCH_EXPORT = TestExports.DUTCH_CSV;


    private Path file(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(CsvFormat.WINDOWS_1252));
    }

    private ImportRecord importFile(Path file, Integer year) throws Exception {
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        return spend.importJob(analysis, year).run(JobContext.silent());
    }

    @Test
    void dutchExportIsAnalysedAndImportedWithItsProblemsReported() throws Exception {
        Path file = file("crediteuren-2025.csv", DUTCH_EXPORT);
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        assertEquals(4, analysis.headerRowNumber());
        assertEquals(Map.of(SpendField.SUPPLIER, 0, SpendField.KVK, 1, SpendField.DATE, 2, SpendField.LEDGER_CODE, 3,
                SpendField.COST_CENTRE, 4, SpendField.AMOUNT, 5, SpendField.DESCRIPTION, 6), analysis.mapping().columns());

        ImportRecord record = spend.importJob(analysis, null).run(JobContext.silent());
        assertEquals(10, record.rowsRead());
        assertEquals(5, record.rowsImported());
        assertEquals(5, record.rowsSkipped());
        assertEquals(1_250_000 - 125_000 + 340_050 + 80_000 + 20_000, record.totalCents());
        assertEquals(9_900L, record.skippedCents(), "the row without supplier; not the totals row");
        assertEquals("5 regels overgeslagen, samen € 99,00", record.skippedText());
        assertEquals(LocalDate.of(2025, 1, 3), record.firstDate());
        assertEquals(LocalDate.of(2025, 4, 30), record.lastDate());

        List<ImportProblem> problems = spend.problems(record.id()).join();
        assertEquals(List.of(ProblemReason.BLANK, ProblemReason.REPEATED_HEADER, ProblemReason.NO_SUPPLIER,
                ProblemReason.BAD_AMOUNT, ProblemReason.TOTAL), problems.stream().map(ImportProblem::reason).toList());
        ImportProblem badAmount = problems.get(3);
        assertEquals(13, badAmount.row());
        assertEquals("Bedrag excl. BTW", badAmount.column());
        assertEquals("#WAARDE!", badAmount.value());

        SpendTotals totals = spend.totals().join();
        assertEquals(3, totals.suppliers(), "De Vries twice by name, Groenvoorziening Oost twice by KvK");
        assertEquals(Map.of(2025, record.totalCents()), totals.byYear());
    }

    @Test
    void sameFileAgainIsRecognisedAndDeletingAnImportRemovesItsLinesAndSuppliers() throws Exception {
        Path file = file("export.csv", DUTCH_EXPORT);
        ImportRecord first = importFile(file, null);
        assertEquals(Optional.of(first), spend.earlierImport(first.sha256()).join());
        assertThrows(ImportOverlapException.class, () -> importFile(file, null), "the same spend again");
        ImportRecord second = spend.importJob(spend.analyse(file, Optional.empty(), Optional.empty())
                .run(JobContext.silent()), null, true).run(JobContext.silent());
        assertEquals(10, spend.totals().join().lines());
        spend.delete(first.id()).join();
        assertEquals(List.of(second), spend.imports().join());
        assertEquals(5, spend.totals().join().lines());
        spend.delete(second.id()).join();
        SpendTotals none = spend.totals().join();
        assertEquals(0, none.lines());
        assertEquals(0, none.suppliers());
    }

    @Test
    void cancellingHalfWayLeavesThePlanAsItWas() throws Exception {
        StringBuilder big = new StringBuilder("Leverancier;Datum;Bedrag\n");
        for (int i = 0; i < 5_000; i++) {
            big.append("Leverancier ").append(i % 300).append(";01-02-2025;").append(i).append(",50\n");
        }
        Path file = file("groot.csv", big.toString());
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        JobContext cancelAfterTwoThousand = new JobContext() {
            long reports;

            @Override
            public void progress(long done, long total) {
                reports = done;
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return reports >= 2_000;
            }
        };
        assertThrows(CancellationException.class, () -> spend.importJob(analysis, null).run(cancelAfterTwoThousand));
        SpendTotals totals = spend.totals().join();
        assertEquals(0, totals.imports());
        assertEquals(0, totals.lines());
        assertEquals(0, totals.suppliers());
    }

    @Test
    void editedMappingIsRememberedForTheSameColumnsNextTime() throws Exception {
        Path file = file("export.csv", "Naam;Datum;Bedrag;Tweede bedrag\nA;01-01-2025;1,00;2,00\n");
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        assertEquals(Optional.of(2), analysis.mapping().column(SpendField.AMOUNT));
        assertFalse(analysis.mappingRemembered());
        ImportAnalysis edited = analysis.withMapping(analysis.mapping().with(SpendField.AMOUNT, 3));
        spend.importJob(edited, null).run(JobContext.silent());

        Path nextYear = file("export-2026.csv", "Naam;Datum;Bedrag;Tweede bedrag\nB;01-01-2026;5,00;6,00\n");
        ImportAnalysis again = spend.analyse(nextYear, Optional.empty(), Optional.empty()).run(JobContext.silent());
        assertTrue(again.mappingRemembered());
        assertEquals(Optional.of(3), again.mapping().column(SpendField.AMOUNT));
    }

    @Test
    void englishExportWithDotDecimalsAndAmericanDates() throws Exception {
        Path file = file("spend.csv", "Supplier Name,Payment Date,Net Amount,Service Area\n"
                + "\"Acme Services Ltd\",03/15/2025,\"1,234.56\",Highways\n"
                + "Acme Services,04/01/2025,-34.56,Highways\n");
        ImportRecord record = importFile(file, null);
        assertEquals(120_000, record.totalCents());
        assertEquals(LocalDate.of(2025, 3, 15), record.firstDate());
        assertEquals(LocalDate.of(2025, 4, 1), record.lastDate());
        assertEquals(1, spend.totals().join().suppliers());
    }

    @Test
    void xlsxWithTypedCellsAndATitleBlock() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("export.xlsx"), List.of(
                List.of("Crediteuren 2024"),
                List.of("Leverancier", "Boekdatum", "Bedrag"),
                List.of("Drukkerij Noord", LocalDate.of(2024, 6, 1), 250.25),
                List.of("Drukkerij Noord", 45500, "1.000,00"),
                List.of("Totaal", "", 1250.25)));
        ImportRecord record = importFile(file, null);
        assertEquals("Crediteuren", record.sheet());
        assertEquals(2, record.rowsImported());
        assertEquals(125_025, record.totalCents());
        assertEquals(LocalDate.of(2024, 6, 1), record.firstDate());
    }

    @Test
    void fileWithoutDatesTakesTheChosenYear() throws Exception {
        Path file = file("jaar.csv", "Leverancier;Bedrag\nA;10,00\nB;20,00\n");
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        assertEquals(List.of(SpendField.DATE), analysis.mapping().missing(false));
        assertEquals(List.of(), analysis.mapping().missing(true));
        spend.importJob(analysis, 2023).run(JobContext.silent());
        assertEquals(Map.of(2023, 3_000L), spend.totals().join().byYear());
    }

    @Test
    void fileWithOnlyAHeaderImportsNothingAndSaysSo() throws Exception {
        Path file = file("leeg.csv", "Leverancier;Datum;Bedrag\n");
        ImportFileException e = assertThrows(ImportFileException.class, () -> importFile(file, null));
        assertEquals(ImportFileException.Problem.NO_DATA, e.problem());
        assertEquals(0, spend.totals().join().imports());
    }
}
