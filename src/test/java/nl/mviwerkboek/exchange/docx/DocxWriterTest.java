package nl.mviwerkboek.exchange.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.junit.jupiter.api.io.TempDir;

public class DocxWriterTest {

    @TempDir
    Path dir;

    /** A small document with every kind of block. */
    public static WordDocument sample(boolean concept) {
        return new WordDocument(new WordDocument.Cover("Actieplan", "Gemeente Test", List.of("2026–2029", "Versie 1"),
                concept ? "Concept" : "Vastgesteld"), "Actieplan · Gemeente Test", concept, "CONCEPT", List.of(
                new Block.Contents("Inhoud"),
                new Block.Heading(1, "Samenvatting"),
                new Block.KeyFigures(List.of(new Block.Figure("€ 1.234,56", "Inkoopvolume"),
                        new Block.Figure("12", "Acties"))),
                Block.Text.labelled("Eigenaar", "Inkoop"),
                Block.Bullets.of("Eerste punt", "Tweede punt"),
                new Block.Heading(2, "Cijfers"),
                new Block.Table(List.of(Block.Column.text("Productgroep", 3), Block.Column.number("Bedrag", 1)),
                        List.of(List.of("Catering", "€ 100,00"), List.of("=SOM(A1)", "€ 2,00")), "Tabel 1"),
                new Block.Chart(Block.ChartKind.BAR, "Inkoop per groep", "Bedrag", List.of("Catering", "Energie"),
                        List.of(100.0, 250.5), "#,##0", "#,##0", "Figuur 1", "Staafdiagram: Catering 100, Energie 251"),
                new Block.Chart(Block.ChartKind.PIE, "Verdeling", "Aandeel", List.of("A", "B"), List.of(1.0, 3.0),
                        "0", "0", "", "Cirkeldiagram: A 25%, B 75%"),
                new Block.Picture(png(), 4, 2, "plaatje.png", "Figuur 3", "Een blauw vlak"),
                new Block.Heading(3, "Details"),
                new Block.PageBreak(),
                new Block.Heading(1, "Bijlage", false)));
    }

    /** A small blue PNG. */
    static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void writesEveryBlockOnTheTemplate() throws Exception {
        Path file = dir.resolve("plan.docx");
        DocxWriter.write(sample(true), file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())
                    || "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Samenvatting", "Cijfers", "Bijlage"), headings);
            assertEquals("Actieplan", doc.getParagraphs().get(0).getText());
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
            XWPFTable table = doc.getTables().get(1);
            assertEquals("MviTabel", table.getStyleID());
            assertEquals("Productgroep", table.getRow(0).getCell(0).getText());
            assertEquals("=SOM(A1)", table.getRow(2).getCell(0).getText());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(2, doc.getCharts().size());
            assertTrue(doc.getCharts().get(0).getCTChart().getTitle().xmlText().contains("Inkoop per groep"));
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o"), "a real table-of-contents field");
            assertTrue(xml.contains("w:name=\"_Toc00000001\""), "the headings have bookmarks");
            assertFalse(doc.getSettings().getCTSettings().isSetUpdateFields(),
                    "Word is not asked to update every field on every opening");
            assertEquals(1, xml.split("w:dirty=\"true\"", -1).length - 1, "only the contents are marked to be updated");
            assertTrue(xml.indexOf("w:dirty=\"true\"") < xml.indexOf("TOC \\o"), "the mark is on the TOC field");
            assertEquals(List.of("1. Samenvatting", "1.1 Cijfers", "Bijlage"), doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !"TOCHeading".equals(p.getStyle()))
                    .map(p -> p.getText().replaceAll("\\s+$", "")).toList(), "the contents show the headings' numbers");
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("F9")), "no note for the editor");
            String footer = doc.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).reduce("", String::concat);
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), "page numbers in the footer");
            assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains("CONCEPT"));
            assertEquals("A4", doc.getDocument().getBody().getSectPr().getPgSz().getW().toString().equals("11906")
                    ? "A4" : "other");
        }
    }

    @Test
    void chaptersAndSectionsAreNumberedByWordAndAnUnnumberedHeadingIsNot() throws Exception {
        Path file = dir.resolve("nummers.docx");
        DocxWriter.write(sample(false), file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (int level = 1; level <= 2; level++) {
                CTNumPr linked = doc.getStyles().getStyle("Heading" + level).getCTStyle().getPPr().getNumPr();
                XWPFNum num = doc.getNumbering().getNum(linked.getNumId().getVal());
                CTLvl lvl = doc.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal())
                        .getCTAbstractNum().getLvlArray(level - 1);
                assertEquals("Heading" + level, lvl.getPStyle().getVal(), "the level is linked to its style");
                assertEquals(level == 1 ? "%1." : "%1.%2", lvl.getLvlText().getVal());
            }
            XWPFParagraph appendix = doc.getParagraphs().stream().filter(p -> "Bijlage".equals(p.getText())
                    && "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals(java.math.BigInteger.ZERO, appendix.getNumID(), "numbering switched off for this heading");
            XWPFParagraph chapter = doc.getParagraphs().stream().filter(p -> "Samenvatting".equals(p.getText()))
                    .findFirst().orElseThrow();
            assertEquals(null, chapter.getNumID(), "a chapter takes the numbering of its style; no typed number");
        }
    }

    @Test
    void aDocumentThatIsNotAConceptHasNoConceptMark() throws Exception {
        Path file = dir.resolve("vastgesteld.docx");
        DocxWriter.write(sample(false), file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains("CONCEPT"));
            assertEquals("Vastgesteld", doc.getProperties().getCoreProperties().getUnderlyingProperties()
                    .getContentStatusProperty().orElse(""));
        }
    }

    @Test
    void aCancelledWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan.docx");
        Files.writeString(file, "oud");
        assertThrows(CancellationException.class, () -> DocxWriter.write(sample(true), file, () -> true));
        assertEquals("oud", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void chartsAreDutchWithLabelsANamedDataSheetAndAltText() throws Exception {
        Path file = dir.resolve("grafieken.docx");
        DocxWriter.write(sample(false), file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            var bar = doc.getCharts().get(0);
            String xml = bar.getCTChartSpace().xmlText();
            assertTrue(xml.contains("<c:lang val=\"nl-NL\"/>"), xml);
            assertFalse(xml.contains("en-US"), "no text tagged English");
            assertEquals("Inkoop per groep", bar.getWorkbook().getSheetName(0), "the data sheet is named after the chart");
            var labels = bar.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls();
            assertTrue(labels.getShowVal().getVal() && !labels.getShowCatName().getVal(), "values on the bars");
            var pie = doc.getCharts().get(1).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).getDLbls();
            assertTrue(pie.getShowPercent().getVal() && !pie.getShowVal().getVal(), "percentages on the slices");
            String body = doc.getDocument().xmlText();
            assertTrue(body.contains("descr=\"Staafdiagram: Catering 100, Energie 251\""), "the chart's alt text");
            assertTrue(body.contains("descr=\"Een blauw vlak\""), "the picture's alt text");
            assertFalse(body.contains("descr=\"plaatje.png\""), "a file name is no description");
            assertFalse(body.contains("wp:docPr id=\"0\""), "drawings are numbered from 1");
        }
        assertEquals(10_000_000, DocxCharts.step(31_763_405), 1e-6, "0, 10, 20, 30 mln");
        assertEquals(100, DocxCharts.step(250.5), 1e-9);
        assertEquals(1, DocxCharts.step(5), 1e-9);
    }
}
