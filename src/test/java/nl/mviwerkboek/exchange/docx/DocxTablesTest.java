package nl.mviwerkboek.exchange.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Tables sized from their content, long cells cut, wide tables on landscape pages. */
class DocxTablesTest {

    @TempDir
    Path dir;

    static final Block.Table ACTIONS = new Block.Table(List.of(Block.Column.text("Actie", 6), Block.Column.text("Thema", 3),
            Block.Column.text("Soort", 3), Block.Column.text("Eigenaar", 3), Block.Column.text("Start", 2),
            Block.Column.text("Uiterlijk", 2), Block.Column.text("Status", 2), Block.Column.number("Jaar", 1)),
            List.of(List.of("Gunningscriterium voor social return opnemen in alle aanbestedingen boven de drempel",
                    "Betrokkenheid", "Beleidsdocument", "Voorbeeldgemeente", "01-01-2026", "31-12-2026", "Uitgesteld",
                    "2025")), "Acties");

    @Test
    void onALandscapePageEveryColumnIsAtLeastAsWideAsItsWidestWordSoYearsDatesAndStatusesNeverBreak() {
        int[] widths = ColumnWidths.of(ACTIONS, DocxSections.LANDSCAPE_WIDTH);
        assertEquals(DocxSections.LANDSCAPE_WIDTH, Arrays.stream(widths).sum(), "together the text width");
        List<String> row = ACTIONS.rows().get(0);
        for (int c = 1; c < row.size(); c++) {
            int needed = TextWidths.twips(row.get(c), ColumnWidths.TABLE_TEXT, false);
            assertTrue(widths[c] > needed + 160, ACTIONS.columns().get(c).header() + " holds \"" + row.get(c) + "\": "
                    + widths[c] + " > " + needed);
        }
        assertTrue(widths[0] > widths[4], "the long title gets the room left over");
    }

    @Test
    void anAmountColumnHoldsItsWidestAmountWhole() {
        Block.Table t = new Block.Table(List.of(Block.Column.text("Leverancier", 1), Block.Column.number("Bedrag", 1)),
                List.of(List.of("x ".repeat(400), "€ 31.763.406")), "");
        int[] widths = ColumnWidths.of(t, DocxTables.TEXT_WIDTH);
        assertTrue(widths[1] > TextWidths.twips("€ 31.763.406", ColumnWidths.TABLE_TEXT, false) + 160);
    }

    @Test
    void aWideTableStandsOnLandscapePagesAndAVeryLongCellIsCut() throws Exception {
        Block.Table longCell = new Block.Table(List.of(Block.Column.text("Leverancier", 1)),
                List.of(List.of("Naam ".repeat(600))), "");
        WordDocument doc = new WordDocument(new WordDocument.Cover("T", "O", List.of(), "Concept"), "H", false, "C",
                List.of(new Block.Heading(1, "Eén"), longCell, new Block.Orientation(true), new Block.Heading(1, "Bijlage"),
                        ACTIONS, new Block.Orientation(false), new Block.Heading(1, "Twee")));
        Path file = dir.resolve("breed.docx");
        DocxWriter.write(doc, file, () -> false);
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            List<CTSectPr> sections = d.getParagraphs().stream().map(XWPFParagraph::getCTP)
                    .filter(p -> p.isSetPPr() && p.getPPr().isSetSectPr()).map(p -> p.getPPr().getSectPr()).toList();
            assertEquals(2, sections.size(), "the portrait start and the landscape annex end in the text");
            assertEquals(STPageOrientation.PORTRAIT, sections.get(0).getPgSz().getOrient());
            assertTrue(sections.get(0).isSetTitlePg(), "the cover's section keeps its own first page");
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
            assertEquals(BigInteger.valueOf(16838), sections.get(1).getPgSz().getW());
            CTSectPr last = d.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.PORTRAIT, last.getPgSz().getOrient());
            assertTrue(!last.isSetTitlePg(), "no cover page in the last section");
            XWPFTable wide = d.getTables().get(1);
            long sum = wide.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(g -> g.getW() instanceof BigInteger b ? b.longValue() : 0).sum();
            assertEquals(DocxSections.LANDSCAPE_WIDTH, sum, "the annex's table is as wide as the landscape page");
            assertTrue(wide.getRow(1).getCell(4).getCTTc().xmlText().contains("noBreakHyphen"),
                    "a date's hyphens do not break");
            String cut = d.getTables().get(0).getRow(1).getCell(0).getText();
            assertEquals(DocxTables.LONGEST_CELL, cut.length(), "cut");
            assertTrue(cut.endsWith("…"));
        }
    }
}
