package nl.mviwerkboek.exchange.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.mviwerkboek.exchange.OfficeFiles;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link WordDocument} on the shipped template (its styles, page size, header and footer with
 * page numbers). The file appears only when complete: it is written beside the target and moved into place.
 */
public final class DocxWriter {

    /** The template in the classpath: A4, Dutch, the styles the writer uses, "Pagina X van Y" in the footer. */
    public static final String TEMPLATE = "/nl/mviwerkboek/report/sjabloon.docx";

    private DocxWriter() {
    }

    /** Writes {@code document} to {@code target}; {@code cancelled} is asked between blocks. */
    public static void write(WordDocument document, Path target, BooleanSupplier cancelled) throws IOException {
        OfficeFiles.writeAtomically(target, out -> write(document, out, cancelled));
    }

    /** Writes {@code document} to {@code out}. */
    public static void write(WordDocument document, OutputStream out, BooleanSupplier cancelled) throws IOException {
        try (InputStream template = DocxWriter.class.getResourceAsStream(TEMPLATE);
             XWPFDocument doc = new XWPFDocument(template)) {
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0);
            }
            properties(doc, document);
            header(doc, document);
            cover(doc, document.cover(), document.concept());
            DocxBlocks blocks = new DocxBlocks(doc, DocxFields.contents(document.body()));
            for (Block block : document.body()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                blocks.add(block);
            }
            blocks.finish();
            DocxBlocks.numberDrawings(doc);
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void properties(XWPFDocument doc, WordDocument document) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(document.cover().title());
        core.setSubjectProperty(document.cover().subtitle());
        core.setCreator("MVI Werkboek");
        core.setContentStatus(document.concept() ? document.conceptMark() : document.cover().status());
    }

    private static void header(XWPFDocument doc, WordDocument document) {
        XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
        if (header == null) {
            header = doc.createHeader(HeaderFooterType.DEFAULT);
        }
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setStyle("Header");
        p.createRun().setText(document.headerText());
        if (document.concept()) {
            XWPFRun mark = p.createRun();
            mark.addTab();
            mark.setText(document.conceptMark());
            mark.setBold(true);
            mark.setColor("C00000");
        }
    }

    private static void cover(XWPFDocument doc, WordDocument.Cover cover, boolean concept) {
        paragraph(doc, "Title", cover.title());
        paragraph(doc, "Subtitle", cover.subtitle());
        for (String line : cover.lines()) {
            paragraph(doc, "CoverText", line);
        }
        XWPFParagraph status = paragraph(doc, "CoverStatus", cover.status());
        if (concept) {
            status.getRuns().forEach(r -> r.setColor("C00000"));
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        lines(p.createRun(), text);
        return p;
    }

    /** Sets {@code text} on {@code run}, turning line breaks into Word line breaks. */
    static void lines(XWPFRun run, String text) {
        List<String> parts = List.of(text.split("\n", -1));
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts.get(i), i);
        }
    }
}
