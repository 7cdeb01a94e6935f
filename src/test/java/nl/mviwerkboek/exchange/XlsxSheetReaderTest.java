package nl.mviwerkboek.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheet reader gives exactly the cells fastexcel gave, for shared and inline strings and every cell kind. */
class XlsxSheetReaderTest {

    @TempDir
    Path dir;

    @Test
    void sharedStringsWorkbookReadsAsFastexcelReadsIt() throws Exception {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, true);
            write(wb, file);
        }
        assertSame(file);
    }

    @Test
    void inlineStringsWorkbookReadsAsFastexcelReadsIt() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            fill(wb, false);
            write(wb, file);
            wb.dispose();
        }
        assertSame(file);
    }

    private static void fill(Workbook wb, boolean rich) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        CellStyle builtin = wb.createCellStyle();
        builtin.setDataFormat((short) 14);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 \"euro\""));
        Sheet s = wb.createSheet("Crediteuren & co");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("Naam <leverancier>");
        h.createCell(1).setCellValue("Bedrag");
        h.createCell(3).setCellValue("Datum");
        for (int i = 1; i < 300; i++) {
            Row r = s.createRow(i + (i > 200 ? 5 : 0));
            r.createCell(0).setCellValue("Leverancier " + i + " & Zn. \u00e9\u00ebn \u20ac \uD83D\uDE00 '\"");
            r.createCell(1).setCellValue(i * 12.5 - 700);
            r.getCell(1).setCellStyle(money);
            r.createCell(3).setCellValue(LocalDate.of(2024, 1, 1).plusDays(i * 3L));
            r.getCell(3).setCellStyle(i % 2 == 0 ? date : builtin);
            r.createCell(4).setCellValue(i % 3 == 0);
            r.createCell(5).setCellFormula("B" + (i + 1) + "*2");
            r.createCell(6).setCellValue(i % 7 == 0 ? 1.0E-7 * i : 123456789012.0 + i);
            r.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            r.createCell(8).setCellValue("  spaties \t tab  ");
            r.createCell(9).setCellFormula("\"tekst\"&A" + (i + 1));
            r.createCell(12).setBlank();
            r.getCell(12).setCellStyle(date);
            if (rich && i % 10 == 0) {
                XSSFRichTextString t = new XSSFRichTextString("vet en gewoon");
                t.applyFont(0, 3, ((XSSFWorkbook) wb).createFont());
                r.createCell(10).setCellValue(t);
            }
        }
        wb.createSheet("Leeg");
        wb.createSheet("Tweede").createRow(2).createCell(1).setCellValue("alleen dit");
    }

    private static void write(Workbook wb, Path file) throws Exception {
        org.apache.poi.ss.usermodel.FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        if (wb instanceof XSSFWorkbook) {
            ev.evaluateAll();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static void assertSame(Path file) throws Exception {
        try (XlsxTable table = new XlsxTable(file)) {
            for (SheetInfo sheet : table.sheets()) {
                List<String> ours = new ArrayList<>();
                List<String> theirs = new ArrayList<>();
                table.read(sheet.index(), (n, cells) -> ours.add(n + " " + cells));
                table.readWithFastexcel(sheet.index(), (n, cells) -> theirs.add(n + " " + cells));
                assertEquals(theirs, ours, sheet.name());
                if (sheet.index() == 0) {
                    String all = String.join("\n", ours);
                    for (String expected : new String[] {"kind=DATE", "text=2024-01-07", "& Zn. \u00e9\u00ebn \u20ac \uD83D\uDE00 '\"",
                        "text=-687.5, kind=NUMBER", "text=true", "Naam <leverancier>", "207 ["}) {
                        assertFalse(!all.contains(expected), expected + " in " + ours.get(1));
                    }
                }
            }
        }
    }
}
