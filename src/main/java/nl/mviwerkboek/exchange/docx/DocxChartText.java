package nl.mviwerkboek.exchange.docx;

import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** The texts of a chart: Dutch as their language, and the labels on bars and slices. */
final class DocxChartText {

    /** The language of the charts' texts, as the template's. */
    static final String LANGUAGE = "nl-NL";
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private DocxChartText() {
    }

    /**
     * Tags every text of {@code space} as Dutch: the chart's language ({@code c:lang}, written with a cursor
     * because poi-ooxml-lite has no type for it), the default of its texts, and each title run.
     */
    static void dutch(CTChartSpace space) {
        try (XmlCursor c = space.newCursor()) {
            c.toFirstChild();
            if (CHART.equals(c.getName().getNamespaceURI()) && "date1904".equals(c.getName().getLocalPart())) {
                c.toNextSibling();
            }
            c.beginElement(new QName(CHART, "lang", "c"));
            c.insertAttributeWithValue("val", LANGUAGE);
        }
        CTTextBody defaults = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        if (defaults.getBodyPr() == null) {
            defaults.addNewBodyPr();
        }
        if (defaults.sizeOfPArray() == 0) {
            defaults.addNewP().addNewPPr().addNewDefRPr();
        }
        for (String name : new String[] {"rPr", "endParaRPr", "defRPr"}) {
            for (XmlObject o : space.selectPath("declare namespace a='" + DRAWING + "' .//a:" + name)) {
                if (o instanceof CTTextCharacterProperties props) {
                    props.setLang(LANGUAGE);
                }
            }
        }
    }

    /**
     * Labels outside the data points (readable whatever the fill): the value in {@code format} at each bar,
     * or the percentage at each slice.
     */
    static void labels(CTDLbls labels, String format, boolean percent) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(!percent);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(percent);
        labels.addNewShowBubbleSize().setVal(false);
        if (percent) {
            labels.addNewShowLeaderLines().setVal(true);
        }
    }
}
