package nl.mviwerkboek.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import nl.mviwerkboek.testsupport.TestWorkbooks;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {

    @TempDir
    Path dir;

    private static List<List<SheetCell>> readAll(TableFile table, int sheet) throws Exception {
        List<List<SheetCell>> rows = new ArrayList<>();
        table.read(sheet, (n, cells) -> rows.add(cells));
        return rows;
    }

    private static List<String> texts(List<SheetCell> cells) {
        return cells.stream().map(SheetCell::text).toList();
    }

    @Test
    void dutchCsvWithBomSemicolonsAndQuotedLineBreaks() throws Exception {
        Path file = dir.resolve("export.csv");
        String text = "\uFEFFLeverancier;Omschrijving;Bedrag\n\"Groen; en Zo B.V.\";\"Maaien\nperceel 3\";1.234,56\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            assertEquals("csv (UTF-8, ;)", table.description());
            List<List<SheetCell>> rows = readAll(table, 0);
            assertEquals(List.of("Leverancier", "Omschrijving", "Bedrag"), texts(rows.get(0)));
            assertEquals(List.of("Groen; en Zo B.V.", "Maaien\nperceel 3", "1.234,56"), texts(rows.get(1)));
        }
    }

    @Test
    void windows1252CsvWithTabsIsDetected() throws Exception {
        Path file = dir.resolve("export.txt");
        Files.write(file, "Crediteur\tPlaats\tBedrag\nCafé 't Hoekje\tMaastricht\t12,50\n"
                .getBytes(CsvFormat.WINDOWS_1252));
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            CsvFormat format = TableFiles.csvFormat(table).orElseThrow();
            assertEquals(CsvFormat.WINDOWS_1252, format.charset());
            assertEquals('\t', format.delimiter());
            assertEquals("Café 't Hoekje", readAll(table, 0).get(1).get(0).text());
        }
    }

    @Test
    void windows1252FarDownTheFileIsStillDetected() throws Exception {
        StringBuilder text = new StringBuilder("Leverancier;Bedrag\n");
        while (text.length() < 200_000) {
            text.append("Groen BV;12,50\n");
        }
        text.append("Café De Kroon;7,50\n");
        Path file = Files.write(dir.resolve("laat.csv"), text.toString().getBytes(CsvFormat.WINDOWS_1252));
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            assertEquals(CsvFormat.WINDOWS_1252, TableFiles.csvFormat(table).orElseThrow().charset());
            List<List<SheetCell>> rows = readAll(table, 0);
            assertEquals("Café De Kroon", rows.get(rows.size() - 1).get(0).text());
        }
        Path utf8 = Files.writeString(dir.resolve("utf8.csv"), text.toString());
        try (TableFile table = TableFiles.open(utf8, Optional.empty())) {
            assertEquals(StandardCharsets.UTF_8, TableFiles.csvFormat(table).orElseThrow().charset());
        }
    }

    @Test
    void delimiterIsTheOneThatSplitsLinesConsistently() {
        assertEquals(',', CsvFormat.detectDelimiter("a,b,c\n1,\"2;3\",4\n5,6,7\n"));
        assertEquals('|', CsvFormat.detectDelimiter("a|b|c\n1|2,5|4\n"));
        assertEquals(';', CsvFormat.detectDelimiter("naam;bedrag\nx;1,5\ny;2,25\n"));
    }

    @Test
    void xlsxIsStreamedWithTypedCellsFromItsLargestSheet() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("export.xlsx"), List.of(
                List.of("Crediteurenoverzicht 2025"),
                List.of("Leverancier", "Factuurdatum", "Bedrag", "Kolom met fout"),
                List.of("Groen B.V.", LocalDate.of(2025, 3, 1), 1234.5, "=1/0", 4640.0),
                List.of("Totaal", "", "=SUM(C3:C3)")));
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            assertEquals(2, table.sheets().size());
            SheetInfo largest = table.largestSheet();
            assertEquals("Crediteuren", largest.name());
            List<List<SheetCell>> rows = readAll(table, largest.index());
            List<SheetCell> line = rows.get(2);
            assertEquals(new SheetCell("Groen B.V.", SheetCell.Kind.TEXT), line.get(0));
            assertEquals(new SheetCell("2025-03-01", SheetCell.Kind.DATE), line.get(1));
            assertEquals(new SheetCell("1234.5", SheetCell.Kind.NUMBER), line.get(2));
            assertEquals("1234.5", rows.get(3).get(2).text(), "formula results are read from the cache");
            assertEquals(new SheetCell("4640", SheetCell.Kind.NUMBER), line.get(4), "a ledger code reads as typed");
        }
    }

    @Test
    void oldXlsIsReadWithPoi() throws Exception {
        Path file = TestWorkbooks.xls(dir.resolve("export.xls"), List.of(
                List.of("Leverancier", "Datum", "Bedrag"),
                List.of("Schoonmaak & Zo", LocalDate.of(2024, 12, 31), -99.95, 4640.0)));
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            List<List<SheetCell>> rows = readAll(table, table.largestSheet().index());
            assertEquals(new SheetCell("2024-12-31", SheetCell.Kind.DATE), rows.get(1).get(1));
            assertEquals(new SheetCell("-99.95", SheetCell.Kind.NUMBER), rows.get(1).get(2));
            assertEquals(new SheetCell("4640", SheetCell.Kind.NUMBER), rows.get(1).get(3));
        }
    }

    @Test
    void readingStopsWhenTheVisitorSaysSoAndItsErrorsComeOutUnchanged() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "a;b\n1;2\n3;4\n");
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            List<Long> seen = new ArrayList<>();
            table.read(0, (n, cells) -> seen.add(n) && seen.size() < 2);
            assertEquals(List.of(1L, 2L), seen);
            RowFailure failure = assertThrows(RowFailure.class, () -> table.read(0, (n, cells) -> {
                throw new java.util.concurrent.CancellationException();
            }));
            assertTrue(failure.getCause() instanceof java.util.concurrent.CancellationException);
        }
    }

    @Test
    void binaryFileIsNotASpreadsheet() throws Exception {
        Path file = Files.write(dir.resolve("foto.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertProblem(Problem.NOT_A_SPREADSHEET, file);
    }

    @Test
    void zipWithoutAWorkbookIsNotASpreadsheet() throws Exception {
        Path file = dir.resolve("brief.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w/>".getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(Problem.NOT_A_SPREADSHEET, file);
    }

    @Test
    void truncatedXlsxIsDamaged() throws Exception {
        Path good = TestWorkbooks.xlsx(dir.resolve("goed.xlsx"), List.of(List.of("a", "b")));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("kapot.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertProblem(Problem.DAMAGED, file);
    }

    @Test
    void zipBombIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
        }
        assertProblem(Problem.ZIP_BOMB, file);
    }

    @Test
    void xmlEntityTricksAreNotExpanded() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
        Path file = replaceSheet("entiteiten.xlsx", laughs);
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            ImportFileException e = assertThrows(ImportFileException.class, () -> readAll(table, 1));
            assertEquals(Problem.DAMAGED, e.problem());
        }
    }

    @Test
    void sheetBeyondExcelsLimitsIsRefused() throws Exception {
        Path file = replaceSheet("te-groot.xlsx", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData></worksheet>");
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            ImportFileException e = assertThrows(ImportFileException.class, () -> readAll(table, 1));
            assertEquals(Problem.TOO_LARGE, e.problem());
        }
    }

    private Path replaceSheet(String name, String sheetXml) throws Exception {
        Path good = TestWorkbooks.xlsx(dir.resolve("basis-" + name), List.of(List.of("Leverancier", "Bedrag")));
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("xl/worksheets/sheet2.xml") ? sheetXml.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(e).readAllBytes());
            }
        }
        return file;
    }

    @Test
    void passwordProtectedWorkbookIsRecognised() throws Exception {
        Path file = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertProblem(Problem.PASSWORD_PROTECTED, file);
    }

    @Test
    void emptyFileHasNoData() throws Exception {
        assertProblem(Problem.NO_DATA, Files.createFile(dir.resolve("leeg.csv")));
    }

    private static void assertProblem(Problem expected, Path file) {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> TableFiles.open(file, Optional.empty()).close());
        assertEquals(expected, e.problem());
    }
}
