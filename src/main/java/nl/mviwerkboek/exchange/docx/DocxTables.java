package nl.mviwerkboek.exchange.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes tables in the template's table style (header row repeated on every page) and key-figure rows. */
final class DocxTables {

    /** The width between the margins of an A4 page with 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1417;
    private static final String TABLE_STYLE = "MviTabel";

    /** Cells longer than this are cut with "…" (a table cell is no place for a page of text). */
    static final int LONGEST_CELL = 1200;

    private final XWPFDocument doc;
    private final DocxBlocks.CaptionWriter captions;
    private final java.util.function.IntSupplier textWidth;

    DocxTables(XWPFDocument doc, DocxBlocks.CaptionWriter captions, java.util.function.IntSupplier textWidth) {
        this.doc = doc;
        this.captions = captions;
        this.textWidth = textWidth;
    }

    void table(Block.Table t) {
        List<Block.Column> columns = t.columns();
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns.size());
        CTTblPr pr = layout(table, ColumnWidths.of(t, textWidth.getAsInt()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setStyleID(TABLE_STYLE);
        CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setVal(new byte[] {0x04, 0x20});
        look.setFirstRow(true);
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(false);
        look.setNoVBand(true);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            cell(header.getCell(c), columns.get(c).header(), columns.get(c).number());
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> values = t.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns.size(); c++) {
                cell(row.getCell(c), c < values.size() ? values.get(c) : "", columns.get(c).number());
            }
        }
        captions.caption(t.caption());
    }

    void keyFigures(Block.KeyFigures k) {
        int n = k.figures().size();
        XWPFTable table = doc.createTable(1, n);
        int[] widths = new int[n];
        java.util.Arrays.fill(widths, textWidth.getAsInt() / n);
        layout(table, widths);
        for (int i = 0; i < n; i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            XWPFParagraph value = cell.getParagraphs().get(0);
            value.setStyle("KeyFigure");
            value.createRun().setText(k.figures().get(i).value());
            XWPFParagraph label = cell.addParagraph();
            label.setStyle("TableText");
            DocxWriter.lines(label.createRun(), k.figures().get(i).label());
        }
        doc.createParagraph();
    }

    private static CTTblPr layout(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        table.setWidth("100%");
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTcPr tc = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                tc.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                tc.getTcW().setType(STTblWidth.DXA);
            }
        }
        return pr;
    }

    private static void cell(XWPFTableCell cell, String text, boolean number) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        if (number) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        unbroken(p.createRun(), text.length() > LONGEST_CELL ? text.substring(0, LONGEST_CELL - 1).strip() + "…" : text);
    }

    /**
     * Sets {@code text} on {@code run} with Word line breaks, and with non-breaking hyphens between digits, so
     * that a date ("31-05-2026") or a period ("2026-2029") is never broken at the end of a line.
     */
    static void unbroken(XWPFRun run, String text) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r = run.getCTR();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            String[] pieces = lines[i].split("(?<=\\d)-(?=\\d)", -1);
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    r.addNewNoBreakHyphen();
                }
                if (!pieces[k].isEmpty()) {
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText t = r.addNewT();
                    t.setStringValue(pieces[k]);
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }
}
