package nl.mviwerkboek.exchange.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/** Adds the blocks of a document's body to a POI document, in order. */
final class DocxBlocks {

    private static final double EMU_PER_CM = 360_000;

    private final XWPFDocument doc;
    private final List<DocxFields.Entry> contents;
    private final Iterator<DocxFields.Entry> nextEntry;
    private final DocxTables tables;
    private final DocxCharts charts;
    private final DocxSections sections;
    private long bookmarkId = 100;

    DocxBlocks(XWPFDocument doc, List<DocxFields.Entry> contents) {
        this.doc = doc;
        this.contents = contents;
        this.nextEntry = contents.iterator();
        this.sections = new DocxSections(doc);
        this.tables = new DocxTables(doc, this::caption, sections::textWidth);
        this.charts = new DocxCharts(doc, this::caption);
    }

    void add(Block block) throws IOException, InvalidFormatException {
        switch (block) {
            case Block.Heading h -> heading(h);
            case Block.Text t -> text(t);
            case Block.Bullets b -> b.items().forEach(item -> DocxWriter.paragraph(doc, "ListBullet", item));
            case Block.Table t -> tables.table(t);
            case Block.KeyFigures k -> tables.keyFigures(k);
            case Block.Chart c -> charts.chart(c);
            case Block.Picture p -> picture(p);
            case Block.Contents c -> contents(c);
            case Block.PageBreak b -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            case Block.Orientation o -> sections.orientation(o.landscape());
        }
    }

    /** Ends the last section (after landscape pages, its own properties). */
    void finish() {
        sections.finish();
    }

    private void heading(Block.Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + Math.min(3, Math.max(1, h.level())));
        if (!h.numbered() && h.level() <= 2) {
            CTNumPr none = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewNumPr();
            none.addNewIlvl().setVal(BigInteger.ZERO);
            none.addNewNumId().setVal(BigInteger.ZERO);
        }
        if (h.level() <= 2 && nextEntry.hasNext()) {
            long id = bookmarkId++;
            DocxFields.bookmarkStart(p, nextEntry.next().bookmark(), id);
            p.createRun().setText(h.text());
            DocxFields.bookmarkEnd(p, id);
        } else {
            p.createRun().setText(h.text());
        }
    }

    private void text(Block.Text t) {
        XWPFParagraph p = doc.createParagraph();
        for (Block.Span s : t.spans()) {
            XWPFRun r = p.createRun();
            DocxWriter.lines(r, s.text());
            r.setBold(s.bold());
            r.setItalic(s.italic());
        }
    }

    private void picture(Block.Picture p) throws IOException, InvalidFormatException {
        XWPFParagraph para = doc.createParagraph();
        para.setAlignment(ParagraphAlignment.CENTER);
        para.setKeepNext(true);
        XWPFRun run = para.createRun();
        run.addPicture(new ByteArrayInputStream(p.png()), Document.PICTURE_TYPE_PNG, p.name(),
                (int) Math.round(p.widthCm() * EMU_PER_CM), (int) Math.round(p.heightCm() * EMU_PER_CM));
        describe(run, p.name(), p.description());
        caption(p.caption());
    }

    /** Gives the drawing in {@code run} its name and its alternative text (what a screen reader reads). */
    static void describe(XWPFRun run, String name, String description) {
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        CTNonVisualDrawingProps props = inline.getDocPr();
        if (!name.isBlank()) {
            props.setName(name);
        }
        props.setDescr(description);
        for (XmlObject o : inline.selectPath("declare namespace pic='http://schemas.openxmlformats.org/drawingml/2006/"
                + "picture' .//pic:cNvPr")) {
            ((CTNonVisualDrawingProps) o).setDescr(description);
        }
    }

    /** Numbers the drawings of {@code doc} 1, 2, 3 …: Word wants each drawing's id unique. */
    static void numberDrawings(XWPFDocument doc) {
        long id = 1;
        for (XmlObject o : doc.getDocument().selectPath("declare namespace wp='"
                + "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr")) {
            ((CTNonVisualDrawingProps) o).setId(id++);
        }
    }

    /** Writes the caption under a table, chart or picture. */
    @FunctionalInterface
    interface CaptionWriter {
        /** Writes {@code caption} when it is not blank. */
        void caption(String caption);
    }

    private void caption(String caption) {
        if (caption != null && !caption.isBlank()) {
            DocxWriter.paragraph(doc, "Caption", caption);
        }
    }

    /**
     * The contents: a TOC field marked dirty, so that Word builds it with page numbers when it opens the
     * document. Its shown result until then, which is what a program that does not update fields shows (a
     * PDF made by LibreOffice), lists the numbered headings without page numbers or dot leaders. No note
     * about updating it: that is for the app to say (ADR 0034).
     */
    private void contents(Block.Contents c) {
        DocxWriter.paragraph(doc, "TOCHeading", c.title());
        if (contents.isEmpty()) {
            return;
        }
        for (int i = 0; i < contents.size(); i++) {
            DocxFields.Entry e = contents.get(i);
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(e.level() == 1 ? "TOC1" : "TOC2");
            if (i == 0) {
                DocxFields.begin(p, "TOC \\o \"1-2\" \\h \\z \\u", true);
            }
            p.createRun().setText(e.shown());
            if (i == contents.size() - 1) {
                DocxFields.end(p);
            }
        }
    }
}
