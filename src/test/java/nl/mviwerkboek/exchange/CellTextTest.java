package nl.mviwerkboek.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellTextTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfWhitespaceAndInvisibleCharacterBecomesOneSpace() {
        assertEquals("Groen B.V. Ede", CellText.singleLine(" Groen\tB.V.\r\n\u00A0Ede\u200B "));
        assertEquals("Groen", CellText.singleLine("Gro\u200Ben\0"));
        assertEquals("a b", CellText.singleLine("a\u0085\u2028\u0007b"));
        assertEquals("", CellText.singleLine("\u00A0\t\uFEFF"));
        String clean = "Groen B.V.";
        assertTrue(clean == CellText.singleLine(clean), "clean text is returned as it is");
    }

    @Test
    void multiLineTextKeepsItsLineBreaks() {
        assertEquals("Eerste regel\nTweede regel\n\nNa een witregel",
                CellText.multiLine("Eerste\tregel\r\nTweede regel\r\n\r\n\r\n\nNa een witregel\n"));
    }

    @Test
    void nulIsNoticed() {
        assertTrue(CellText.hasNul("a\0b"));
        assertFalse(CellText.hasNul("ab"));
    }

    @Test
    void reportCellsStartingWithATabOrCarriageReturnAreNotFormulas() throws Exception {
        Path file = dir.resolve("overgeslagen.csv");
        CsvReport.write(file, List.of("Waarde"), List.of(List.of("\t=1+1"), List.of("\r=1+1"), List.of("=1+1"),
                List.of("gewoon")));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'\t=1+1\"") || text.contains("'\t=1+1"), text);
        assertTrue(text.contains("'\r=1+1"), text);
        assertTrue(text.contains("'=1+1"), text);
        assertEquals("\t", CsvReport.safe("\t").substring(1));
        assertEquals("'\r", CsvReport.safe("\r"));
    }
}
