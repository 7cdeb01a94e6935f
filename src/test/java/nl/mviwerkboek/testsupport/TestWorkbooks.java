package nl.mviwerkboek.testsupport;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small real workbooks for tests: each row a list of values (String, Number or LocalDate). */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    public static Path xlsx(Path file, List<List<Object>> rows) throws Exception {
        return write(new XSSFWorkbook(), file, rows);
    }

    public static Path xls(Path file, List<List<Object>> rows) throws Exception {
        return write(new HSSFWorkbook(), file, rows);
    }

    private static Path write(Workbook wb, Path file, List<List<Object>> rows) throws Exception {
        try (wb) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            wb.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Export uit het financiële systeem");
            Sheet sheet = wb.createSheet("Crediteuren");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof String s && s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
