package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The import result states the total of the skipped rows, to reconcile with the ledger (issue 16, item 14). */
class SkippedTotalTest extends SpendPlanTest {


    private ImportRecord importText(String name, String text) throws Exception {
        Path file = Files.write(dir.resolve(name), text.getBytes(CsvFormat.WINDOWS_1252));
        return importFile(file);
    }

    @Test
    void theSkippedTotalIsExactInCentsAgainstAnIndependentSumOfTheGeneratedRows() throws Exception {
        StringBuilder csv = new StringBuilder("Leverancier;Datum;Bedrag\n");
        BigDecimal skipped = BigDecimal.ZERO;
        BigDecimal imported = BigDecimal.ZERO;
        int skippedRows = 0;
        for (int i = 0; i < 3_000; i++) {
            String amount = (i % 7 == 3 ? "-" : "") + (i * 7919 % 100_000) + "," + String.format("%02d", i * 31 % 100);
            BigDecimal value = new BigDecimal(amount.replace(',', '.'));
            if (i % 11 == 0) {
                csv.append(";02-03-2025;").append(amount).append('\n'); // no supplier: skipped, counted
                skipped = skipped.add(value);
                skippedRows++;
            } else if (i % 13 == 0) {
                csv.append("Leverancier ").append(i).append(";31-02-2025;").append(amount).append('\n'); // bad date
                skipped = skipped.add(value);
                skippedRows++;
            } else {
                csv.append("Leverancier ").append(i % 40).append(";02-03-2025;").append(amount).append('\n');
                imported = imported.add(value);
            }
        }
        csv.append("Schoonmaak;02-03-2025;#WAARDE!\n"); // skipped, no amount to count
        csv.append("Totaal;;").append(imported.add(skipped).toPlainString().replace('.', ',')).append('\n');
        ImportRecord r = importText("gegenereerd.csv", csv.toString());
        assertEquals(skippedRows + 2, r.rowsSkipped());
        assertEquals(imported.movePointRight(2).longValueExact(), r.totalCents());
        assertEquals(skipped.movePointRight(2).longValueExact(), r.skippedCents(),
                "rows without supplier or date; not the totals row");
        assertEquals(r, spend.imports().join().get(0), "stored with the import");
    }

    @Test
    void pluralAndSingularAsTheOfficerReadsThem() throws Exception {
        StringBuilder nine = new StringBuilder("Leverancier;Datum;Bedrag\nGroen BV;01-02-2025;10,00\n");
        for (int i = 0; i < 9; i++) {
            nine.append(";01-02-2025;0,01\n");
        }
        ImportRecord r = importText("negen.csv", nine.toString());
        assertEquals("9 regels overgeslagen, samen € 0,09", r.skippedText());
        assertEquals("negen.csv: 1 regel geïmporteerd, 9 regels overgeslagen, samen € 0,09",
                Messages.get("spend.import.done", r.fileName(), r.rowsImported(), r.skippedText()));

        ImportRecord one = importText("een.csv", "Leverancier;Datum;Bedrag\nA;01-03-2025;1.234,50\nB;02-03-2025;"
                + "2,00\n;03-03-2025;-1.000,25\n");
        assertEquals("1 regel overgeslagen, samen € -1.000,25", one.skippedText());
        assertEquals("een.csv: 2 regels geïmporteerd, 1 regel overgeslagen, samen € -1.000,25",
                Messages.get("spend.import.done", one.fileName(), one.rowsImported(), one.skippedText()));

        ImportRecord none = importText("geen.csv", "Leverancier;Datum;Bedrag\nA;01-04-2025;5,00\n");
        assertEquals("0 regels overgeslagen", none.skippedText(), "no total when nothing was skipped");
        assertEquals("1.234 regels overgeslagen", Messages.get("spend.skipped.count", 1234L), "Dutch thousands");
    }
}
