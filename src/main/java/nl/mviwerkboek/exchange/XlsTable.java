package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** An old-style .xls workbook, read with POI HSSF (at most 65,536 rows a sheet, so it fits in memory). */
final class XlsTable implements TableFile {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();

    XlsTable(Path file, POIFSFileSystem fs) throws ImportFileException {
        this.file = file;
        try {
            workbook = new HSSFWorkbook(fs.getRoot(), true);
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException(Problem.PASSWORD_PROTECTED, file, e);
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            sheets.add(new SheetInfo(i, sheet.getSheetName(), sheet.getPhysicalNumberOfRows()));
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public String description() {
        return "xls";
    }

    @Override
    public void read(int sheetIndex, RowVisitor visitor) throws ImportFileException {
        try {
            for (Row row : workbook.getSheetAt(sheetIndex)) {
                List<SheetCell> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(cell(row.getCell(i)));
                }
                if (!RowFailure.visit(visitor, row.getRowNum() + 1L, cells)) {
                    return;
                }
            }
        } catch (RowFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportFileException(Problem.DAMAGED, file, e);
        }
    }

    private static SheetCell cell(Cell c) {
        if (c == null) {
            return SheetCell.EMPTY;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new SheetCell(c.getLocalDateTimeCellValue().toLocalDate().toString(), SheetCell.Kind.DATE)
                    : new SheetCell(SheetCell.withoutTrailingZeros(
                            BigDecimal.valueOf(c.getNumericCellValue()).toPlainString()), SheetCell.Kind.NUMBER);
            case STRING -> SheetCell.text(c.getStringCellValue());
            case BOOLEAN -> SheetCell.text(String.valueOf(c.getBooleanCellValue()));
            default -> SheetCell.EMPTY;
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }
}
