package nl.mviwerkboek.exchange.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields: the table of contents (a TOC field whose shown result already lists the headings with their
 * numbers; the field is marked dirty, so Word rebuilds it with page numbers once, when the document is
 * opened), and the bookmarks on headings.
 */
final class DocxFields {

    /** A heading that appears in the contents, with its bookmark and its number as Word shows it ("3.", "3.1" or ""). */
    record Entry(int level, String text, String bookmark, String number) {

        /** The entry as the contents show it: "3.1 Leveranciers". */
        String shown() {
            return number.isEmpty() ? text : number + " " + text;
        }
    }

    private DocxFields() {
    }

    /**
     * The contents entries of {@code body}: its level-1 and level-2 headings, in order, numbered as the
     * template's heading numbering numbers them (unnumbered headings do not count).
     */
    static List<Entry> contents(List<Block> body) {
        List<Entry> entries = new ArrayList<>();
        int chapter = 0;
        int section = 0;
        for (Block b : body) {
            if (b instanceof Block.Heading h && h.level() <= 2) {
                String number = "";
                if (h.numbered() && h.level() == 1) {
                    number = ++chapter + ".";
                    section = 0;
                } else if (h.numbered()) {
                    number = chapter + "." + ++section;
                }
                entries.add(new Entry(h.level(), h.text(), String.format("_Toc%08d", entries.size() + 1), number));
            }
        }
        return entries;
    }

    /** Opens a bookmark named {@code name}; the runs added until {@link #bookmarkEnd} are inside it. */
    static void bookmarkStart(XWPFParagraph p, String name, long id) {
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(java.math.BigInteger.valueOf(id));
    }

    /** Closes the bookmark with {@code id}. */
    static void bookmarkEnd(XWPFParagraph p, long id) {
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(java.math.BigInteger.valueOf(id));
    }

    /**
     * Starts a field with {@code instruction} in {@code p}; its shown result follows until {@link #end}. A
     * {@code dirty} field is brought up to date by Word when it opens the document (and then saved as current).
     */
    static void begin(XWPFParagraph p, String instruction, boolean dirty) {
        CTFldChar begin = p.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Ends the field begun last. */
    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
