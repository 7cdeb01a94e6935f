package nl.mviwerkboek.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook written(Workbook workbook) throws Exception {
        Path file = dir.resolve("werkboek.xlsx");
        XlsxWriter.write(workbook, file, () -> false);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void writesTypedCellsInDutchFormatsAsAnExcelTable() throws Exception {
        Workbook wb = new Workbook("Test", List.of(new Workbook.Sheet("Acties", List.of(
                Workbook.Column.of("Titel", 30), Workbook.Column.of("Bedrag", 14), Workbook.Column.of("Aantal", 8),
                Workbook.Column.of("Aandeel", 8), Workbook.Column.of("Uiterlijk", 12),
                new Workbook.Column("Status", 12, List.of("Gepland", "Bezig", "Gereed"))),
                List.of(Arrays.asList("Inkoop catering", new Workbook.Money(123_456), 3, new Workbook.Percentage(0.25),
                                LocalDate.of(2026, 12, 31), "Gepland"),
                        Arrays.asList("=HYPERLINK(\"x\")", null, 4L, null, null, "Bezig")))));
        try (XSSFWorkbook book = written(wb)) {
            XSSFSheet sheet = book.getSheet("Acties");
            XSSFRow first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(1234.56, first.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("\"€ \"#,##0.00;\"€ \"-#,##0.00", first.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(3, first.getCell(2).getNumericCellValue());
            assertEquals("0.0%", first.getCell(3).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(4)));
            assertEquals(LocalDate.of(2026, 12, 31), first.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd-mm-yyyy", first.getCell(4).getCellStyle().getDataFormatString());
            XSSFRow second = sheet.getRow(2);
            assertEquals(CellType.STRING, second.getCell(0).getCellType(), "text is never a formula");
            assertEquals("=HYPERLINK(\"x\")", second.getCell(0).getStringCellValue());
            assertTrue(second.getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(first.getCell(0).getCellStyle().getQuotePrefixed());
            assertEquals(CellType.BLANK, second.getCell(1).getCellType());
            XSSFTable table = sheet.getTables().get(0);
            assertEquals("A1:F3", table.getArea().formatAsString());
            assertEquals("Titel", table.getColumns().get(0).getName());
            assertTrue(table.getCTTable().isSetAutoFilter(), "filter buttons on the header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            assertEquals(List.of("Gepland", "Bezig", "Gereed"),
                    Arrays.asList(validations.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(5, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
        }
    }

    @Test
    void anEmptySheetStillHasAValidTable() throws Exception {
        Workbook wb = new Workbook("Leeg", List.of(new Workbook.Sheet("Spend per productgroep",
                List.of(Workbook.Column.of("Productgroep", 20), Workbook.Column.of("Bedrag", 10)), List.of())));
        try (XSSFWorkbook book = written(wb)) {
            XSSFTable table = book.getSheetAt(0).getTables().get(0);
            assertEquals("Tabel_Spend_per_productgroep", table.getName());
            assertEquals("A1:B2", table.getArea().formatAsString());
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowAndWrappedTextGetsItsLines() throws Exception {
        String longText = "Een toelichting die veel langer is dan de kolom breed is, zodat Excel haar over "
                + "meerdere regels moet verdelen.";
        Workbook wb = new Workbook("Test", List.of(
                new Workbook.Sheet("Acties", List.of(Workbook.Column.of("Titel", 20), Workbook.Column.of("Bedrag", 12)),
                        List.of(List.of("Kort", 12), List.of(longText, 3), List.of("Regel 1\nRegel 2\nRegel 3", 4))),
                new Workbook.Sheet("Leeg", List.of(Workbook.Column.of("Naam", 20)), List.of())));
        try (XSSFWorkbook book = written(wb)) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName() + " landscape");
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertTrue(sheet.getFitToPage(), "fit to page");
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), "one page wide");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), "as many pages tall as needed");
                assertEquals(0, sheet.getRepeatingRows().getFirstRow(), "the header row on every page");
                assertEquals(0, sheet.getRepeatingRows().getLastRow(), "the header row only");
                assertEquals(0.6, sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT), 1e-9);
            }
            XSSFSheet actions = book.getSheet("Acties");
            float line = XlsxPrint.LINE_POINTS;
            assertFalse(actions.getRow(1).getCTRow().isSetCustomHeight() && actions.getRow(1).getHeightInPoints() > line,
                    "a short text keeps the default height");
            assertEquals(XlsxPrint.lines(longText, 20) * line, actions.getRow(2).getHeightInPoints(), 0.01);
            assertTrue(XlsxPrint.lines(longText, 20) >= 5, "about 100 characters in a column of 20");
            assertEquals(3 * line, actions.getRow(3).getHeightInPoints(), 0.01, "three lines");
            assertEquals(CellType.NUMERIC, actions.getRow(2).getCell(1).getCellType(), "the types stay");
            assertEquals(1, actions.getTables().size(), "still one table");
        }
    }
}
