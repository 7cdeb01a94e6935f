package nl.mviwerkboek.exchange.docx;

import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * Writes native Word charts with their data in an embedded workbook, so they stay editable; the data sheet
 * is named after the chart, the texts are Dutch, bars and slices carry labels, and the chart has its
 * alternative text.
 */
final class DocxCharts {

    private static final int EMU_PER_CM = 360_000;
    private static final double WIDTH_CM = 16;
    private static final byte[] BAR_COLOUR = rgb(0x2E75B6);
    private static final byte[][] PALETTE = {rgb(0x1F4E79), rgb(0x2E75B6), rgb(0x9DC3E6), rgb(0xED7D31),
        rgb(0x70AD47), rgb(0xFFC000), rgb(0x7F7F7F), rgb(0x5B9BD5)};

    private final XWPFDocument doc;
    private final DocxBlocks.CaptionWriter captions;

    DocxCharts(XWPFDocument doc, DocxBlocks.CaptionWriter captions) {
        this.doc = doc;
        this.captions = captions;
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }

    void chart(Block.Chart c) throws IOException, InvalidFormatException {
        double heightCm = c.kind() == Block.ChartKind.PIE ? 8.5 : Math.max(6, 1.6 + 0.75 * c.categories().size());
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        XWPFChart chart = doc.createChart(run, (int) (WIDTH_CM * EMU_PER_CM), (int) (heightCm * EMU_PER_CM));
        DocxBlocks.describe(run, c.title(), c.description());
        if (!c.title().isBlank()) {
            chart.getWorkbook().setSheetName(0, WorkbookUtil.createSafeSheetName(c.title()));
        }
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        int last = c.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(c.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, last, 0, 0)), 0);
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
                c.values().toArray(Double[]::new), chart.formatRange(new CellRangeAddress(1, last, 1, 1)), 1);
        values.setFormatCode(c.numberFormat());
        if (c.kind() == Block.ChartKind.PIE) {
            XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            XDDFPieChartData.Series series = (XDDFPieChartData.Series) pie.addSeries(categories, values);
            series.setTitle(c.seriesName(), chart.setSheetTitle(c.seriesName(), 1));
            colourSlices(series.getCTPieSer(), last);
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
            chart.plot(pie);
            chart.getCTChart().getPlotArea().getPieChartArray(0).addNewFirstSliceAng();
            DocxChartText.labels(chart.getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).addNewDLbls(),
                    "0%", true);
        } else {
            bars(chart, c, categories, values);
            DocxChartText.labels(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls(),
                    c.numberFormat(), false);
        }
        DocxChartText.dutch(chart.getCTChartSpace());
        captions.caption(c.caption());
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides 0 … {@code largest} into at most five parts. */
    static double step(double largest) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(largest / 5)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (largest / (factor * magnitude) <= 5) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Gives every slice its own colour (LibreOffice draws slices without one as empty). */
    private static void colourSlices(CTPieSer series, int count) {
        for (int i = 0; i < count; i++) {
            CTDPt point = series.addNewDPt();
            point.addNewIdx().setVal(i);
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length])));
            point.setSpPr(fill.getXmlObject());
        }
    }

    private static void bars(XWPFChart chart, Block.Chart c, XDDFDataSource<String> categories,
                             XDDFNumericalDataSource<Double> values) {
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX);
        valueAxis.setNumberFormat(c.axisFormat());
        double largest = c.values().stream().mapToDouble(Math::abs).max().orElse(0);
        if (largest > 0) {
            valueAxis.setMajorUnit(step(largest));
        }
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        XDDFChartData.Series series = bars.addSeries(categories, values);
        series.setTitle(c.seriesName(), chart.setSheetTitle(c.seriesName(), 1));
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        series.setShapeProperties(fill);
        chart.plot(bars);
        CTValAx axis = chart.getCTChart().getPlotArea().getValAxArray(0);
        CTTextBody text = axis.isSetTxPr() ? axis.getTxPr() : axis.addNewTxPr();
        (text.getBodyPr() == null ? text.addNewBodyPr() : text.getBodyPr()).setRot(0);
        if (text.sizeOfPArray() == 0) {
            text.addNewP().addNewPPr().addNewDefRPr();
        }
    }
}
