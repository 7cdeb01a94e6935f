package nl.mviwerkboek.exchange.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import nl.mviwerkboek.exchange.OfficeFiles;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Workbook}: every sheet one Excel table with a frozen header row and filter buttons,
 * typed cells in Dutch formats, list validation where a column has allowed values, rows as tall as their
 * wrapped text and a print setup ({@link XlsxPrint}). Text is always written as text; text starting with
 * {@code = + - @} is also marked so that editing it never makes it a formula.
 */
public final class XlsxWriter {

    private static final String TABLE_STYLE = "TableStyleMedium2";

    private XlsxWriter() {
    }

    /** Writes {@code workbook} to {@code target}, replacing it only when complete. */
    public static void write(Workbook workbook, Path target, BooleanSupplier cancelled) throws IOException {
        OfficeFiles.writeAtomically(target, out -> write(workbook, out, cancelled));
    }

    /** Writes {@code workbook} to {@code out}. */
    public static void write(Workbook workbook, OutputStream out, BooleanSupplier cancelled) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setTitle(workbook.title());
            wb.getProperties().getCoreProperties().setCreator("MVI Werkboek");
            XlsxCells cells = new XlsxCells(wb);
            int tableId = 1;
            for (Workbook.Sheet s : workbook.sheets()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                sheet(wb, cells, s, tableId++);
            }
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, XlsxCells cells, Workbook.Sheet s, int tableId) {
        XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
        List<Workbook.Column> columns = s.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            cells.header(header.createCell(c), columns.get(c).header());
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        for (int r = 0; r < s.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = s.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                cells.value(row.createCell(c), c < values.size() ? values.get(c) : null);
            }
            XlsxPrint.fitHeight(row, values, columns);
        }
        int lastRow = Math.max(1, s.rows().size());
        if (s.rows().isEmpty()) {
            Row empty = sheet.createRow(1);
            for (int c = 0; c < columns.size(); c++) {
                empty.createCell(c);
            }
        }
        table(wb, sheet, columns.size(), lastRow, tableId);
        sheet.createFreezePane(0, 1);
        validations(sheet, columns, lastRow);
        XlsxPrint.setUp(sheet);
    }

    private static void table(XSSFWorkbook wb, XSSFSheet sheet, int columnCount, int lastRow, int tableId) {
        AreaReference area = new AreaReference(new CellReference(0, 0), new CellReference(lastRow, columnCount - 1),
                wb.getSpreadsheetVersion());
        XSSFTable table = sheet.createTable(area);
        String name = "Tabel_" + sheet.getSheetName().replaceAll("[^\\p{L}\\p{N}_]", "_");
        table.setName(name);
        table.setDisplayName(name);
        table.getCTTable().setId(tableId);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        table.setStyleName(TABLE_STYLE);
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.getCTTable().getTableStyleInfo().setShowColumnStripes(false);
    }

    private static void validations(XSSFSheet sheet, List<Workbook.Column> columns, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            List<String> allowed = columns.get(c).allowed();
            if (allowed.isEmpty()) {
                continue;
            }
            DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(allowed.toArray(String[]::new)),
                    new CellRangeAddressList(1, Math.max(lastRow, 1000), c, c));
            v.setSuppressDropDownArrow(true);
            v.setShowErrorBox(true);
            v.createErrorBox(columns.get(c).header(), String.join(", ", allowed));
            sheet.addValidationData(v);
        }
    }
}
