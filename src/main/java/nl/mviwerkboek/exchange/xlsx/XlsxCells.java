package nl.mviwerkboek.exchange.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes typed cell values with the workbook's shared styles (Dutch formats: € 1.234,56, 31-12-2026, 25,0%). */
final class XlsxCells {

    /** Format codes; Excel shows the separators of the reader's language (Dutch: 1.234,56). */
    static final String MONEY = "\"€ \"#,##0.00;\"€ \"-#,##0.00";
    static final String WHOLE = "#,##0";
    static final String PERCENT = "0.0%";
    static final String DATE = "dd-mm-yyyy";

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle money;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle date;

    XlsxCells(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        quoted = wb.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        money = numberStyle(wb, MONEY);
        whole = numberStyle(wb, WHOLE);
        decimal = numberStyle(wb, "General");
        percent = numberStyle(wb, PERCENT);
        date = numberStyle(wb, DATE);
        date.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle numberStyle(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    void header(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(header);
    }

    /** Writes {@code value} typed: numbers as numbers, dates as dates, text always as text. */
    void value(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case String s when s.isBlank() -> cell.setBlank();
            case String s -> {
                cell.setCellValue(s);
                cell.setCellStyle(startsLikeAFormula(s) ? quoted : text);
            }
            case Workbook.Money m -> number(cell, m.cents() / 100.0, money);
            case Workbook.Percentage p -> number(cell, p.fraction(), percent);
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            case Integer i -> number(cell, i, whole);
            case Long l -> number(cell, l, whole);
            case Double d -> number(cell, d, decimal);
            default -> throw new IllegalArgumentException("No cell type for " + value.getClass().getName());
        }
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Whether Excel would take {@code s} for a formula when typed in: it starts with = + - or @. */
    static boolean startsLikeAFormula(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }
}
