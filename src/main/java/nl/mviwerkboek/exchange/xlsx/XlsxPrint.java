package nl.mviwerkboek.exchange.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints and how tall its rows are: A4 landscape, one page wide, the header row on every page,
 * margins of about 1.5 cm, page numbers in the footer; rows with wrapped text as tall as their lines.
 */
final class XlsxPrint {

    /** The height of one line of the default font (Calibri 11) in points. */
    static final float LINE_POINTS = 15f;
    /** The tallest row Excel allows, in points. */
    static final float MAX_POINTS = 409f;
    private static final double MARGIN_INCH = 0.6;

    private XlsxPrint() {
    }

    /** Sets up printing for {@code sheet}. */
    static void setUp(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setMargin(PageMargin.LEFT, MARGIN_INCH);
        sheet.setMargin(PageMargin.RIGHT, MARGIN_INCH);
        sheet.setMargin(PageMargin.TOP, 0.75);
        sheet.setMargin(PageMargin.BOTTOM, 0.75);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setRight("&P / &N");
    }

    /**
     * Makes {@code row} as tall as its most wrapped text needs, the text of each cell wrapped at the width of
     * its column (in characters); a row of short values keeps the default height. Excel does not do this
     * itself when it opens a file.
     */
    static void fitHeight(Row row, List<Object> values, List<Workbook.Column> columns) {
        int lines = 1;
        for (int c = 0; c < Math.min(values.size(), columns.size()); c++) {
            if (values.get(c) instanceof String s) {
                lines = Math.max(lines, lines(s, columns.get(c).width()));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_POINTS, lines * LINE_POINTS));
        }
    }

    /** The number of lines {@code text} takes in a column {@code width} characters wide. */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(part.length() / (double) perLine));
        }
        return lines;
    }
}
