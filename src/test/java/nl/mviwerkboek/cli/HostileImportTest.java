package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.ImportRecord;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.testsupport.HostileFiles;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TestWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile and odd files, generated here, each imported with the {@code import} command as an officer
 * would: a refused file gets its Dutch message, leaves the plan byte for byte as it was and leaks nothing of its
 * content; an odd but honest export (HTML saved as .xls, Excel's Unicode text) is imported completely.
 */
class HostileImportTest {

    private static final String SECRET = "GEHEIM-7731-NIET-TONEN";
    /** The most a refusal may print: a message, never the file. */
    private static final int MESSAGE_CHARS = 1_500;

    @TempDir
    Path dir;
    private Path plan;
    private CliRun cli;

    @BeforeEach
    void createPlan() throws Exception {
        TestPlans.create(dir, "plan.mviplan").close();
        plan = dir.resolve("plan.mviplan");
        cli = new CliRun(dir.resolve("home"));
    }

    /** Imports a file that must be refused, and checks the message, the exit code and the unchanged plan. */
    private String refused(Path file, int exitCode, String... phrases) throws Exception {
        String before = sha256(plan);
        cli.resetOut();
        cli.resetErr();
        assertEquals(exitCode, cli.run("import", "--plan", plan.toString(), "--file", file.toString()),
                cli.out() + cli.err());
        String said = cli.err() + "\n" + cli.out();
        for (String phrase : phrases) {
            assertTrue(said.contains(phrase), "expected \"" + phrase + "\" in: " + said);
        }
        assertTrue(said.length() < MESSAGE_CHARS, said.length() + " characters: " + said);
        assertFalse(said.contains(SECRET), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertEquals(before, sha256(plan), "the plan file is unchanged");
        assertEquals(List.of("plan.mviplan"), planFolderFiles(), "nothing left beside the plan");
        return said;
    }

    private ImportRecord imported(Path file) throws Exception {
        cli.resetOut();
        cli.resetErr();
        assertEquals(CommandLine.OK, cli.run("import", "--plan", plan.toString(), "--file", file.toString()),
                cli.out() + cli.err());
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            List<ImportRecord> imports = new SpendService(db).imports().join();
            return imports.stream().max(java.util.Comparator.comparingLong(ImportRecord::id)).orElseThrow();
        }
    }

    @Test
    void containerTricksAreRefusedBeforeAnythingIsParsed() throws Exception {
        refused(HostileFiles.zipBomb(dir.resolve("bom.xlsx"), 60), CommandLine.FILE_PROBLEM,
                "Dit bestand pakt zich verdacht groot uit", "bom.xlsx");
        Path truncated = HostileFiles.workbook(dir.resolve("heel.xlsx"));
        byte[] bytes = Files.readAllBytes(truncated);
        Files.delete(truncated);
        refused(Files.write(dir.resolve("afgebroken.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3)),
                CommandLine.FILE_PROBLEM, "beschadigd");
        refused(HostileFiles.encrypted(dir, "beveiligd.xlsx"), CommandLine.FILE_PROBLEM,
                "Dit bestand is beveiligd met een wachtwoord", "Werkmap beveiligen");
        refused(HostileFiles.junk(dir.resolve("rommel.csv"), 100_000), CommandLine.FILE_PROBLEM,
                "Dit is geen spreadsheet of CSV-bestand");
    }

    @Test
    void xmlEntityTricksNeverReadLocalFilesNorExpand() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), SECRET);
        Path dtd = Files.writeString(dir.resolve("extern.dtd"), "<!ENTITY geheim SYSTEM \"" + secret.toUri() + "\">");
        refused(HostileFiles.withPart(dir, "xxe.xlsx", "xl/sharedStrings.xml", HostileFiles.externalEntity(secret)),
                CommandLine.FILE_PROBLEM, "beschadigd of kan niet veilig worden gelezen");
        refused(HostileFiles.withPart(dir, "lachen.xlsx", "xl/worksheets/sheet2.xml", HostileFiles.billionLaughs()),
                CommandLine.FILE_PROBLEM, "beschadigd of kan niet veilig worden gelezen");
        refused(HostileFiles.withPart(dir, "dtd.xlsx", "xl/worksheets/sheet2.xml", HostileFiles.externalDtd(dtd)),
                CommandLine.FILE_PROBLEM, "beschadigd of kan niet veilig worden gelezen");
        Files.delete(secret);
        Files.delete(dtd);
    }

    @Test
    void sizesBeyondAnyRealExportAreRefusedNamingRowAndColumn() throws Exception {
        List<Object> header = new ArrayList<>();
        for (int i = 1; i <= 16_384; i++) {
            header.add("Kolom " + i);
        }
        String wide = refused(TestWorkbooks.xlsx(dir.resolve("breed.xlsx"), List.of(header)),
                CommandLine.NEEDS_DECISION, "Niet gevonden in de kopregel", "Kolom 1 | Kolom 2",
                "… en nog 16.372 kolommen");
        assertFalse(wide.contains("Kolom 13 "), wide);

        Path columns = Files.writeString(dir.resolve("kolommen.csv"),
                "Crediteurnaam;Bedrag\n" + "x;".repeat(200_000) + "\n");
        refused(columns, CommandLine.FILE_PROBLEM, "Dit bestand heeft meer kolommen dan Excel toestaat",
                "rij 2", "16.384");

        refused(HostileFiles.hugeCell(dir.resolve("cel.csv"), 50), CommandLine.FILE_PROBLEM,
                "Een cel in dit bestand is veel te groot", "rij 2, kolom 3 (C)", "100.000 tekens");
    }

    @Test
    void aNulByteIsLeftOutAndTheRowIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("nul.csv"), "Crediteurnaam;Factuurdatum;Bedrag\n"
                + "Groen B.V.;01-03-2025;12,50\nDe\0 Vries;02-03-2025;7,50\n");
        ImportRecord record = imported(file);
        assertEquals(2, record.rowsImported());
        assertEquals(2_000, record.totalCents());
        assertTrue(cli.out().contains("3") && cli.out().contains("Crediteurnaam")
                && cli.out().contains("Onleesbaar teken (NUL) weggelaten"), cli.out());
        assertFalse(cli.out().contains("\0"), cli.out());
    }

    @Test
    void anHtmlTableSavedAsXlsIsImportedWithItsTitleHeaderAndTotalsRows() throws Exception {
        HostileFiles.Export export = HostileFiles.html(dir.resolve("Exporteren naar Excel.xls"), 1_234,
                StandardCharsets.UTF_8);
        ImportRecord record = imported(export.file());
        assertEquals(export.lines(), record.rowsImported());
        assertEquals(export.totalCents(), record.totalCents());
        assertEquals(1, record.rowsSkipped(), "the totals row");

        HostileFiles.Export ansi = HostileFiles.html(dir.resolve("ansi.xls"), 321, nl.mviwerkboek.exchange.CsvFormat
                .WINDOWS_1252);
        ImportRecord second = imported(ansi.file());
        assertEquals(ansi.lines(), second.rowsImported());
        assertEquals(ansi.totalCents(), second.totalCents());
    }

    @Test
    void excelUnicodeTextIsImported() throws Exception {
        HostileFiles.Export export = HostileFiles.unicodeText(dir.resolve("Unicode-tekst.txt"), 2_345);
        ImportRecord record = imported(export.file());
        assertEquals(export.lines(), record.rowsImported());
        assertEquals(export.totalCents(), record.totalCents());
    }

    private List<String> planFolderFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("plan.mviplan")).sorted()
                    .toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
