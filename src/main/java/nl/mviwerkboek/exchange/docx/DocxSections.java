package nl.mviwerkboek.exchange.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Landscape sections for wide tables. A section's properties stand in the paragraph that ends it; the
 * template's are the last section's. Only the first section (with the cover) has a different first page; the
 * others use the template's header and footer (page numbers go on).
 */
final class DocxSections {

    /** Text width of a landscape A4 page with the template's 2.5 cm margins. */
    static final int LANDSCAPE_WIDTH = 16838 - 2 * 1417;

    private final XWPFDocument doc;
    private boolean landscape;
    private int breaks;

    DocxSections(XWPFDocument doc) {
        this.doc = doc;
    }

    /** The width between the margins of the current page. */
    int textWidth() {
        return landscape ? LANDSCAPE_WIDTH : DocxTables.TEXT_WIDTH;
    }

    /** Ends the current section and starts one in the other orientation; nothing when it already is. */
    void orientation(boolean wanted) {
        if (wanted == landscape) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        CTSectPr ended = (CTSectPr) body().copy();
        (ended.isSetType() ? ended.getType() : ended.addNewType()).setVal(STSectionMark.NEXT_PAGE);
        if (breaks > 0) {
            notFirst(ended);
        }
        turn(ended, landscape);
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).setSectPr(ended);
        landscape = wanted;
        breaks++;
    }

    /** Finishes the last section: portrait unless it was landscape, without the cover's first page when sections came before. */
    void finish() {
        if (breaks == 0) {
            return;
        }
        CTSectPr last = body();
        notFirst(last);
        if (!last.isSetType()) {
            last.addNewType();
        }
        last.getType().setVal(STSectionMark.NEXT_PAGE);
        turn(last, landscape);
    }

    private CTSectPr body() {
        return doc.getDocument().getBody().getSectPr();
    }

    private static void notFirst(CTSectPr s) {
        if (s.isSetTitlePg()) {
            s.unsetTitlePg();
        }
        remove(s.getHeaderReferenceList(), s, true);
        remove(s.getFooterReferenceList(), s, false);
    }

    private static void remove(java.util.List<CTHdrFtrRef> refs, CTSectPr s, boolean header) {
        for (int i = refs.size() - 1; i >= 0; i--) {
            if (refs.get(i).getType() == STHdrFtr.FIRST) {
                if (header) {
                    s.removeHeaderReference(i);
                } else {
                    s.removeFooterReference(i);
                }
            }
        }
    }

    private static void turn(CTSectPr s, boolean toLandscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        long w = 11906;
        long h = 16838;
        size.setW(BigInteger.valueOf(toLandscape ? h : w));
        size.setH(BigInteger.valueOf(toLandscape ? w : h));
        size.setOrient(toLandscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }
}
