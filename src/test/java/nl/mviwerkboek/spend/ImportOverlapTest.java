package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TestWorkbooks;
import org.junit.jupiter.api.Test;

/** The same spend imported again in another format is noticed during the import (issue 16, item 13). */
class ImportOverlapTest extends SpendPlanTest {


    /** One generated line of a month's export. */
    private record Row(String supplier, LocalDate date, long cents, String invoice) {
    }

    /** Lines of {@code month} 2025: twelve suppliers, several invoices each, amounts that differ. */
    private static List<Row> month(int month, String invoicePrefix) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new Row("Leverancier " + (char) ('A' + i % 12) + " B.V.", LocalDate.of(2025, month, 1 + i % 28),
                    10_000 + 137L * i, invoicePrefix + "-" + month + "-" + i));
        }
        return rows;
    }

    private Path xlsx(String name, List<Row> rows, boolean invoices) throws Exception {
        List<List<Object>> table = new ArrayList<>();
        table.add(invoices ? List.of("Crediteur", "Boekdatum", "Bedrag", "Factuurnummer")
                : List.of("Crediteur", "Boekdatum", "Bedrag"));
        for (Row r : rows) {
            table.add(invoices ? List.of(r.supplier(), r.date(), r.cents() / 100.0, r.invoice())
                    : List.of(r.supplier(), r.date(), r.cents() / 100.0));
        }
        return TestWorkbooks.xlsx(dir.resolve(name), table);
    }

    private Path csv(String name, List<Row> rows, boolean invoices) throws Exception {
        StringBuilder sb = new StringBuilder(invoices ? "Leverancier;Factuurdatum;Bedrag excl. BTW;Factuurnr\n"
                : "Leverancier;Factuurdatum;Bedrag excl. BTW\n");
        for (Row r : rows) {
            sb.append(r.supplier().toUpperCase(java.util.Locale.ROOT)).append(';')
                    .append(String.format("%02d-%02d-%d", r.date().getDayOfMonth(), r.date().getMonthValue(),
                            r.date().getYear())).append(';')
                    .append(nl.mviwerkboek.shared.i18n.Formats.amount(r.cents()).replace("€ ", ""));
            if (invoices) {
                sb.append(';').append(r.invoice());
            }
            sb.append('\n');
        }
        return Files.write(dir.resolve(name), sb.toString().getBytes(CsvFormat.WINDOWS_1252));
    }

    private ImportRecord importFile(Path file, boolean accepted) throws Exception {
        ImportAnalysis a = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        return spend.importJob(a, null, accepted).run(JobContext.silent());
    }

    private ImportOverlap refused(Path file) {
        return assertThrows(ImportOverlapException.class, () -> importFile(file, false)).overlap();
    }

    @Test
    void xlsxThenCsvOfTheSameMonthIsNoticedAndNothingImportedUntilConfirmed() throws Exception {
        List<Row> january = month(1, "F");
        ImportRecord first = importFile(xlsx("januari.xlsx", january, true), false);
        assertEquals(60, first.rowsImported());
        Path again = csv("januari.csv", january, true);

        ImportOverlap overlap = refused(again);
        assertEquals(first, overlap.earlier());
        assertEquals(60, overlap.lines());
        assertTrue(overlap.sameInvoices());
        assertEquals("60 regels, zelfde facturen", overlap.details());
        SpendTotals totals = spend.totals().join();
        assertEquals(1, totals.imports(), "rolled back");
        assertEquals(60, totals.lines());
        assertEquals(first.totalCents(), totals.amountCents());

        ImportRecord confirmed = importFile(again, true);
        assertEquals(first.totalCents(), confirmed.totalCents());
        assertEquals(2 * first.totalCents(), spend.totals().join().amountCents());
    }

    @Test
    void withoutInvoiceNumbersTheSameAmountsPerSupplierAndMonthAreNoticed() throws Exception {
        List<Row> march = month(3, "F");
        ImportRecord first = importFile(csv("maart.csv", march, false), false);
        ImportOverlap overlap = refused(xlsx("maart.xlsx", march, false));
        assertEquals(first.id(), overlap.earlier().id());
        assertFalse(overlap.sameInvoices());
        assertEquals("60 regels, zelfde bedragen per leverancier en maand", overlap.details());
    }

    @Test
    void aGenuinelyNewMonthWithTheSameSuppliersAndAmountsAsksNothing() throws Exception {
        importFile(xlsx("januari.xlsx", month(1, "F"), true), false);
        ImportRecord february = importFile(csv("februari.csv", month(2, "F"), true), false);
        assertEquals(60, february.rowsImported());
        ImportRecord noInvoices = importFile(csv("april.csv", month(4, "F"), false), false);
        assertEquals(60, noInvoices.rowsImported());
        assertEquals(3, spend.totals().join().imports());
    }

    @Test
    void theSameAmountsWithOtherInvoicesAreNotTheSameSpend() throws Exception {
        importFile(xlsx("januari.xlsx", month(1, "F"), true), false);
        ImportRecord other = importFile(csv("januari-andere-facturen.csv", month(1, "G"), true), false);
        assertEquals(60, other.rowsImported());
    }

    @Test
    void aFileRepeatingAMonthAlreadyImportedBesideNewMonthsIsNoticed() throws Exception {
        ImportRecord january = importFile(csv("januari.csv", month(1, "F"), true), false);
        List<Row> quarter = new ArrayList<>(month(1, "F"));
        quarter.addAll(month(2, "F"));
        quarter.addAll(month(3, "F"));
        ImportOverlap overlap = refused(xlsx("kwartaal.xlsx", quarter, true));
        assertEquals(january.id(), overlap.earlier().id());
        assertEquals(60, overlap.lines(), "the January lines");
        assertEquals(1, spend.totals().join().imports());
    }

    @Test
    void anImportMadeBeforeTheFingerprintsExistedIsComparedToo() throws Exception {
        db.close();
        Path plan = dir.resolve("v8.mviplan");
        try (var in = getClass().getResourceAsStream("/fixtures/plan-v8.mviplan")) {
            Files.copy(in, plan, StandardCopyOption.REPLACE_EXISTING);
        }
        db = TestPlans.files(dir).open(plan);
        spend = new SpendService(db);
        Path xlsx = TestWorkbooks.xlsx(dir.resolve("fixture.xlsx"), List.of(
                List.of("Leverancier", "Datum", "Bedrag", "Factuurnummer"),
                List.of("Schoonmaak Partners B.V.", LocalDate.of(2025, 1, 15), 1000.0, "F-101"),
                List.of("Schoonmaak Partners B.V.", LocalDate.of(2025, 2, 20), -50.0, "F-102"),
                List.of("Theater De Spiegel", LocalDate.of(2025, 3, 3), 200.5, "T-9")));
        ImportOverlap overlap = refused(xlsx);
        assertEquals("fixture.csv", overlap.earlier().fileName());
        assertEquals(3, overlap.lines());
        assertFalse(overlap.sameInvoices(), "the invoices of an older import are not known");
    }
}
