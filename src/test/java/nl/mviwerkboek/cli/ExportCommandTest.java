package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mviwerkboek.shared.settings.DataFolder;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private CliRun cli;

    private int run(String... args) {
        if (cli == null) {
            cli = new CliRun(dir.resolve("home"));
        }
        return cli.run(args);
    }

    @Test
    void exportsTheThreeDocumentsOfAPlan() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--name", "Gemeente Klein", "--period", "2026-2029"));
        cli.resetOut();
        Path docx = dir.resolve("uit/actieplan.docx");
        Path xlsx = dir.resolve("uit/werkboek");
        Path progress = dir.resolve("uit/voortgang.docx");
        assertEquals(0, run("export", "--plan", plan.toString(), "--docx", docx.toString(), "--xlsx", xlsx.toString(),
                "--progress-report", progress.toString()));
        String printed = cli.out();
        assertTrue(printed.contains("Actieplan (Word): " + docx.toAbsolutePath()), printed);
        assertTrue(printed.contains("Werkboek (Excel): " + dir.resolve("uit/werkboek.xlsx").toAbsolutePath()),
                "the extension is added when it was left off");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Gemeente Klein", doc.getParagraphs().get(1).getText());
            assertTrue(doc.getHeaderFooterPolicy().getDefaultHeader().getText().contains("CONCEPT"),
                    "a new plan is a concept");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("uit/werkboek.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(16, book.getNumberOfSheets());
            assertEquals(0, book.getSheet("Acties").getTables().get(0).getRowCount() - 2, "an empty list, still a table");
        }
        assertTrue(Files.size(progress) > 0);
        assertEquals("", cli.err());
    }

    @Test
    void withoutAnOutputItSaysWhatIsMissing() {
        Path plan = dir.resolve("plan.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString()));
        assertEquals(CommandLine.USAGE, run("export", "--plan", plan.toString()));
        assertTrue(cli.err().contains("--docx"));
        assertFalse(Files.exists(dir.resolve("plan.docx")));
    }
}
