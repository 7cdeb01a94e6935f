package nl.mviwerkboek.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports that financial systems really make: HTML saved as .xls, Excel's "Unicode text", stray NUL bytes. */
class OddExportsTest {

    @TempDir
    Path dir;

    private static List<List<String>> rows(Path file) throws Exception {
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            List<List<String>> rows = new ArrayList<>();
            table.read(table.largestSheet().index(), (n, cells) -> rows.add(cells.stream().map(SheetCell::text)
                    .toList()));
            return rows;
        }
    }

    @Test
    void htmlTableSavedAsXlsIsReadAsATableNotAsText() throws Exception {
        String html = "\uFEFF  <!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Export</title></head><body>"
                + "<table><tr><td>Menu</td></tr></table>"
                + "<table border=1><tr><th colspan=3>Crediteuren 2025 &ndash; Gemeente Ede</th></tr>"
                + "<tr><th>Crediteur</th><th>Datum</th><th>Bedrag</th></tr>"
                + "<tr><td>Caf&eacute; &amp; Zo&nbsp;B.V.</td><td>31-01-2025</td><td align=right>1.234,56</td></tr>"
                + "<tr><td rowspan=2>Groen\nB.V.</td><td>01-02-2025</td><td x:num=\"99.5\">99,50</td>"
                + "<tr><td>02-02-2025</td><td>&nbsp;</td></tr>"
                + "<tr><td colspan=2>Totaal</td><td>1.334,06</td></tr></table></body></html>";
        Path file = Files.writeString(dir.resolve("export.xls"), html);
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            assertEquals("html", table.description());
            assertEquals(2, table.sheets().size());
            assertEquals(1, table.largestSheet().index(), "the table with the most rows");
        }
        assertEquals(List.of(
                List.of("Crediteuren 2025 – Gemeente Ede", "", ""),
                List.of("Crediteur", "Datum", "Bedrag"),
                List.of("Café & Zo B.V.", "31-01-2025", "1.234,56"),
                List.of("Groen B.V.", "01-02-2025", "99.5"),
                List.of("", "02-02-2025", ""),
                List.of("Totaal", "", "1.334,06")), rows(file));
    }

    @Test
    void htmlWithoutCharsetIsWindows1252WhenNotUtf8AndUtf16WithItsBom() throws Exception {
        String html = "<html><body><table><tr><td>Crediteur</td><td>Bedrag</td></tr>"
                + "<tr><td>Café De Kroon</td><td>7,50</td></tr></table></body></html>";
        Path cp1252 = Files.write(dir.resolve("oud.xls"), html.getBytes(CsvFormat.WINDOWS_1252));
        assertEquals("Café De Kroon", rows(cp1252).get(1).get(0));
        byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Café De Kroon", rows(Files.write(dir.resolve("unicode.xls"), utf16)).get(1).get(0));
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabsWithOrWithoutBom() throws Exception {
        String text = "Leverancier\tBedrag\r\nŁódź Trading\t1.234,56\r\nCafé\t7,50\r\n";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (boolean bom : List.of(true, false)) {
                Path file = Files.write(dir.resolve("unicode-" + cs.name() + bom + ".txt"),
                        ((bom ? "\uFEFF" : "") + text).getBytes(cs));
                try (TableFile table = TableFiles.open(file, Optional.empty())) {
                    CsvFormat format = TableFiles.csvFormat(table).orElseThrow();
                    assertEquals(cs, format.charset());
                    assertEquals('\t', format.delimiter());
                }
                assertEquals(List.of(List.of("Leverancier", "Bedrag"), List.of("Łódź Trading", "1.234,56"),
                        List.of("Café", "7,50")), rows(file), cs + " bom " + bom);
            }
        }
    }

    @Test
    void aStrayNulByteInATextExportIsReadButBinaryJunkIsRefused() throws Exception {
        StringBuilder csv = new StringBuilder("Leverancier;Bedrag\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i == 7 ? "Groen\0 BV" : "Groen BV").append(";12,50\n");
        }
        Path file = Files.writeString(dir.resolve("nul.csv"), csv);
        assertEquals("Groen\0 BV", rows(file).get(8).get(0), "the reader keeps it; the import reports and drops it");

        Path tiny = Files.write(dir.resolve("foto.xlsx"), new byte[] {(byte) 0x89, 'P', 0, 0});
        assertEquals(Problem.NOT_A_SPREADSHEET, assertThrows(ImportFileException.class,
                () -> TableFiles.open(tiny, Optional.empty())).problem());
                byte[] junk = new byte[20_000];
        new java.util.Random(16).nextBytes(junk);
        Path binary = Files.write(dir.resolve("junk.csv"), junk);
        assertEquals(Problem.NOT_A_SPREADSHEET, assertThrows(ImportFileException.class,
                () -> TableFiles.open(binary, Optional.empty())).problem());
    }

    @Test
    void tooManyColumnsAndHugeCellsNameTheRowAndColumn() throws Exception {
        Path wide = Files.writeString(dir.resolve("breed.csv"), "a;b\n1;2\n" + ";".repeat(200_000) + "\n");
        ImportFileException columns = assertThrows(ImportFileException.class, () -> rows(wide));
        assertEquals(Problem.TOO_MANY_COLUMNS, columns.problem());
        assertEquals(3, columns.row());
        assertTrue(columns.action().contains("16.384"), columns.action());

        Path huge = Files.writeString(dir.resolve("cel.csv"), "a;b;c\nx;y;\"" + "z".repeat(300_000) + "\"\n");
        ImportFileException cell = assertThrows(ImportFileException.class, () -> rows(huge));
        assertEquals(Problem.CELL_TOO_LARGE, cell.problem());
        assertEquals(2, cell.row());
        assertEquals(3, cell.column());
        assertEquals("Het probleem zit in rij 2, kolom 3 (C).", cell.where());
        assertTrue(cell.detail().length() < 600, cell.detail());

        String wideHtml = "<table><tr><td colspan=20000>x</td></tr></table>";
        Path html = Files.writeString(dir.resolve("breed.xls"), wideHtml);
        assertEquals(Problem.TOO_MANY_COLUMNS, assertThrows(ImportFileException.class, () -> rows(html)).problem());
    }

    @Test
    void aLoneCarriageReturnInAQuotedFieldLosesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("cr.csv"), "Leverancier;Bedrag\n\"Groen\rB.V.\";12,50\n"
                + "\"De Vries\";\"7,50\r\"\nVisser;1,00\r\nKroon;2,00\rBakker;3,00\n");
        assertEquals(List.of(List.of("Leverancier", "Bedrag"), List.of("Groen\nB.V.", "12,50"),
                List.of("De Vries", "7,50\n"), List.of("Visser", "1,00"), List.of("Kroon", "2,00"),
                List.of("Bakker", "3,00")), rows(file));
    }

    @Test
    void columnLettersAreExcels() {
        assertEquals("A", ImportFileException.letters(1));
        assertEquals("Z", ImportFileException.letters(26));
        assertEquals("AA", ImportFileException.letters(27));
        assertEquals("XFD", ImportFileException.letters(16_384));
    }
}
