package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.mviwerkboek.shared.db.Migrator;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private CliRun cli;

    private int run(String... args) {
        if (cli == null) {
            cli = new CliRun(dir.resolve("home"));
        }
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void sampleSummaryIsOneStableJsonObject() {
        Path plan = dir.resolve("voorbeeld.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--sample"));
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertEquals("{\"plan\":{\"name\":\"Voorbeeldgemeente\",\"organisationType\":\"gemeente\","
                + "\"periodStart\":2026,\"periodEnd\":2029,\"themeSet\":\"manifest_2022\",\"schemaVersion\":"
                + Migrator.latestVersion() + ",\"sample\":true},\"counts\":" + sampleCounts(overdueToday(plan)) + ","
                + "\"spend\":{\"imports\":3,\"lines\":29989,\"amountCents\":18354272268,\"suppliers\":1706,"
                + "\"skippedRows\":12,\"byYear\":{\"2023\":6077250936,\"2024\":6098646929,\"2025\":6178374403}},"
                + "\"analysis\":{\"classifiedShare\":0.9839,\"productGroups\":46,\"focusGroups\":3,\"contracts\":11,"
                + "\"thresholdSignals\":215}}",
                out());
        assertEquals("", err());
    }

    /** The counts of the sample plan as JSON; how many actions are overdue depends on the day the test runs. */
    static String sampleCounts(long overdue) {
        return "{\"actions\":40,\"actionsByStatus\":{\"gepland\":14,\"bezig\":12,\"gereed\":12,\"uitgesteld\":1,"
                + "\"geschrapt\":1},\"actionsOverdue\":" + overdue + ",\"anchoringDone\":5,\"anchoringItems\":11,"
                + "\"criteriaChosen\":7,\"effects\":6,\"examples\":5,"
                + "\"focusThemes\":3,\"goals\":7,\"inventoryItems\":11,\"marketConsultations\":3,"
                + "\"measurableGoals\":4,\"objections\":5,"
                + "\"reviews\":2,\"stakeholders\":7,\"successes\":4,\"swotItems\":12,\"themes\":6,\"versions\":1}";
    }

    /** The actions of a plan past their due date today, read without the command line. */
    static long overdueToday(Path plan) {
        try (var db = nl.mviwerkboek.testsupport.TestPlans.files(plan.getParent()).open(plan)) {
            return new nl.mviwerkboek.actions.ActionService(db, java.time.LocalDate::now).picture().join().actions()
                    .stream().filter(a -> a.isOverdue(java.time.LocalDate.now())).count();
        } catch (nl.mviwerkboek.shared.db.PlanFileException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void newEmptyPlanTakesNameTypePeriodAndThemes() {
        Path plan = dir.resolve("waterschap.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--name", "Waterschap \"De Dijk\"", "--type",
                "waterschap", "--period", "2027-2030", "--themes", "report_2018"));
        assertTrue(out().contains("Plan gemaakt"));
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().startsWith("{\"plan\":{\"name\":\"Waterschap \\\"De Dijk\\\"\",\"organisationType\":"
                + "\"waterschap\",\"periodStart\":2027,\"periodEnd\":2030,\"themeSet\":\"report_2018\""), out());
        assertTrue(out().contains("\"counts\":{\"actions\":0,\"actionsByStatus\":{\"gepland\":0,\"bezig\":0,"
                + "\"gereed\":0,\"uitgesteld\":0,\"geschrapt\":0},\"actionsOverdue\":0,\"anchoringDone\":0,"
                + "\"anchoringItems\":10,\"criteriaChosen\":0,\"effects\":0,\"examples\":0,\"focusThemes\":0,"
                + "\"goals\":0,\"inventoryItems\":0,\"marketConsultations\":0,\"measurableGoals\":0,"
                + "\"objections\":0,\"reviews\":0,\"stakeholders\":0,\"successes\":0,\"swotItems\":0,\"themes\":7,"
                + "\"versions\":0}"), out());
    }

    @Test
    void textSummaryIsReadableDutch() {
        Path plan = dir.resolve("voorbeeld.mviplan");
        run("new", "--plan", plan.toString(), "--sample");
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString()));
        assertTrue(out().contains("Plan: Voorbeeldgemeente"), out());
        assertTrue(out().contains("Planperiode: 2026–2029"), out());
        assertTrue(out().contains("Betrokkenen: 7"), out());
    }

    @Test
    void badInputGivesADutchMessageAndANonZeroExit() throws Exception {
        assertEquals(CommandLine.USAGE, run("summary"));
        assertTrue(err().contains("Optie --plan ontbreekt"), err());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("opruimen"));
        assertTrue(err().contains("Onbekende opdracht: opruimen"), err());
        cli.resetErr();
        assertEquals(CommandLine.FILE_PROBLEM, run("summary", "--plan", dir.resolve("weg.mviplan").toString()));
        assertTrue(err().contains("Dit bestand bestaat niet"), err());
        cli.resetErr();
        Path text = Files.writeString(dir.resolve("tekst.mviplan"), "geen plan");
        assertEquals(CommandLine.FILE_PROBLEM, run("summary", "--plan", text.toString()));
        assertTrue(err().contains("Dit is geen MVI-plan"), err());
        cli.resetErr();
        assertEquals(CommandLine.FILE_PROBLEM, run("new", "--plan", text.toString()));
        assertTrue(err().contains("Er staat al een bestand met deze naam"), err());
        assertEquals("geen plan", Files.readString(text));
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("new", "--plan", dir.resolve("x.mviplan").toString(), "--period", "2030-2020"));
        assertFalse(Files.exists(dir.resolve("x.mviplan")));
    }

    @Test
    void importReportsWhatItDidAndSummaryReflectsIt() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        run("new", "--plan", plan.toString());
        Path export = Files.write(dir.resolve("crediteuren.csv"),
                nl.mviwerkboek.testsupport.TestExports.DUTCH_CSV.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        cli.resetOut();
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", export.toString()), err());
        assertTrue(out().startsWith("crediteuren.csv: 5 regels geïmporteerd, totaal € 15.650,50, "
                + "van 03-01-2025 tot 30-04-2025; 5 regels overgeslagen, samen € 99,00."), out());
        assertTrue(out().contains("regel 13, kolom Bedrag excl. BTW, waarde \"#WAARDE!\": Geen geldig bedrag"), out());
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().endsWith("\"spend\":{\"imports\":1,\"lines\":5,\"amountCents\":1565050,\"suppliers\":3,"
                + "\"skippedRows\":5,\"byYear\":{\"2025\":1565050}},\"analysis\":{\"classifiedShare\":0.7987,"
                + "\"productGroups\":46,\"focusGroups\":0,\"contracts\":0,\"thresholdSignals\":0}}"), out());

        cli.resetErr();
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", export.toString()));
        assertTrue(err().contains("al eens geïmporteerd") && err().contains("--yes"), err());
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", export.toString(), "--yes"));
    }

    @Test
    void importExplainsWhatItNeedsAndTakesAMappingOrAYear() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        run("new", "--plan", plan.toString());
        Path export = Files.writeString(dir.resolve("raar.csv"), "Wie;Hoeveel\nGroen BV;10,00\nGrijs BV;5,00\n");
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", export.toString()));
        assertTrue(err().contains("Niet gevonden in de kopregel: Leverancier, Bedrag, Datum"), err());
        Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"supplier\": \"Wie\", \"amount\": 2}");
        cli.resetErr();
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", export.toString(),
                "--mapping", mapping.toString()));
        assertTrue(err().contains("Datum"), err());
        cli.resetOut();
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", export.toString(), "--mapping",
                mapping.toString(), "--year", "2024"), err());
        assertTrue(out().contains("2 regels geïmporteerd"), out());
        cli.resetErr();
        Path notSheet = Files.write(dir.resolve("plaatje.xlsx"), new byte[] {1, 2, 0, 4});
        assertEquals(CommandLine.FILE_PROBLEM, run("import", "--plan", plan.toString(), "--file", notSheet.toString()));
        assertTrue(err().contains("Dit is geen spreadsheet of CSV-bestand"), err());
    }

    @Test
    void aMappingFileThatIsNotStrictJsonOrNamesAnUnknownFieldIsRefusedAndNothingImported() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        run("new", "--plan", plan.toString());
        Path export = Files.writeString(dir.resolve("raar.csv"), "Wie;Hoeveel;Wanneer\nGroen BV;10,00;01-02-2025\n");
        Path wrongType = Files.writeString(dir.resolve("a.json"), "{\"Supplier\": \"Wie\", \"amount\": 2.5, \"date\": 3}");
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", export.toString(),
                "--mapping", wrongType.toString()));
        assertTrue(err().contains("a.json: Bij \"amount\" hoort een kolomnaam") && err().contains("niet 2.5"), err());
        cli.resetErr();
        Path unknown = Files.writeString(dir.resolve("b.json"), "{\"supplier\": \"Wie\", \"bedrag\": 2}");
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", export.toString(),
                "--mapping", unknown.toString()));
        assertTrue(err().contains("Het veld \"bedrag\" bestaat niet"), err());
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().contains("\"spend\":{\"imports\":0,"), out());
        Path good = Files.writeString(dir.resolve("c.json"), "{\"SUPPLIER\": \"Wie\", \"amount\": 2, \"date\": \"wanneer\"}");
        cli.resetOut();
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", export.toString(), "--mapping",
                good.toString()), err());
        assertTrue(out().contains("raar.csv: 1 regel geïmporteerd, totaal € 10,00"), out());
    }

    @Test
    void theSameSpendInAnotherFormatNeedsYesAndNewSpendDoesNot() throws Exception {
        Path plan = dir.resolve("plan.mviplan");
        run("new", "--plan", plan.toString());
        Path csv = Files.writeString(dir.resolve("januari.csv"), "Leverancier;Datum;Bedrag;Factuurnummer\n"
                + "Groen BV;05-01-2025;100,00;G-1\nGroen BV;06-01-2025;50,00;G-2\nGrijs BV;07-01-2025;7,50;K-1\n"
                + ";08-01-2025;0,01;X\n");
        Path tab = Files.writeString(dir.resolve("januari.txt"), "Leverancier\tDatum\tBedrag\tFactuurnummer\n"
                + "Groen BV\t2025-01-05\t100.00\tG-1\nGroen BV\t2025-01-06\t50.00\tG-2\n"
                + "Grijs BV\t2025-01-07\t7.50\tK-1\n");
        cli.resetOut();
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", csv.toString()), err());
        assertTrue(out().contains("3 regels geïmporteerd, totaal € 157,50") && out().contains(
                "; 1 regel overgeslagen, samen € 0,01."), out());
        cli.resetErr();
        assertEquals(CommandLine.NEEDS_DECISION, run("import", "--plan", plan.toString(), "--file", tab.toString()));
        assertTrue(err().contains("Dit lijkt dezelfde uitgaven te bevatten als de import van januari.csv op ")
                && err().contains("(3 regels, zelfde facturen)") && err().contains("--yes"), err());
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().contains("\"spend\":{\"imports\":1,\"lines\":3,"), "nothing imported: " + out());
        Path february = Files.writeString(dir.resolve("februari.csv"), "Leverancier;Datum;Bedrag;Factuurnummer\n"
                + "Groen BV;05-02-2025;100,00;G-3\nGroen BV;06-02-2025;50,00;G-4\nGrijs BV;07-02-2025;7,50;K-2\n");
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", february.toString()), err());
        assertEquals(0, run("import", "--plan", plan.toString(), "--file", tab.toString(), "--yes"), err());
        cli.resetOut();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().contains("\"spend\":{\"imports\":3,\"lines\":9,"), out());
    }

    @Test
    void analyseGivesGroupsSuppliersClassesSignalsAndPrioritiesOfTheSample() {
        Path plan = dir.resolve("voorbeeld.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--sample"));
        cli.resetOut();
        assertEquals(0, run("analyse", "--plan", plan.toString(), "--json"), err());
        String json = out();
        assertTrue(json.startsWith("{\"year\":null,\"totalCents\":18354272268,\"classifiedShare\":0.9839,"), json);
        assertTrue(json.contains("\"productGroups\":[{\"code\":\"wegen\""), "largest group first");
        assertTrue(json.contains("{\"code\":null,\"name\":\"Niet ingedeeld\""), "unclassified spend listed");
        assertEquals(AnalysisJson.TOP_SUPPLIERS, json.split("\"abcClass\"").length - 1);
        java.util.regex.Matcher abc = java.util.regex.Pattern.compile("\"class\":\"[ABCD]\",\"suppliers\":(\\d+)")
                .matcher(json);
        long suppliers = 0;
        while (abc.find()) {
            suppliers += Long.parseLong(abc.group(1));
        }
        assertEquals(1706, suppliers, "every supplier in one class");
        assertEquals(215, json.split("\"estimatedCents\"").length - 1);
        assertTrue(json.contains("\"priority\":\"high\",\"focus\":true"), json);

        cli.resetOut();
        assertEquals(0, run("analyse", "--plan", plan.toString(), "--json", "--year", "2024"));
        assertTrue(out().startsWith("{\"year\":2024,\"totalCents\":6098646929,"), out());
        cli.resetOut();
        assertEquals(0, run("analyse", "--plan", plan.toString()));
        assertTrue(out().startsWith("Uitgaven: € 183.542.722,68, ingedeeld: 98,4%"), out());
        assertEquals(CommandLine.USAGE, run("analyse", "--plan", plan.toString(), "--year", "vorig"));
    }

    @Test
    void unknownCommandWordListsTheCommandsAndSuggestsTheNearest() {
        assertEquals(CommandLine.USAGE, run("chek", "--help"));
        assertTrue(err().contains("Onbekende opdracht: chek."), err());
        assertEquals("", out());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("chek", "--plan", dir.resolve("p.mviplan").toString()));
        assertTrue(err().contains("Onbekende opdracht: chek."), err());
        assertTrue(err().contains("De opdrachten zijn: " + String.join(", ", CommandLine.COMMANDS) + "."), err());
        assertEquals("", out());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("sumary", "--plan", "p.mviplan"));
        assertTrue(err().contains("Bedoelde je 'summary'?"), err());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("Analyse"));
        assertTrue(err().contains("Bedoelde je 'analyse'?"), err());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("imp"));
        assertTrue(err().contains("Bedoelde je 'import'?"), err());
        cli.resetErr();
        assertEquals(CommandLine.USAGE, run("opruimen"));
        assertFalse(err().contains("Bedoelde je"), "no suggestion for a word far from every command");
        assertFalse(java.nio.file.Files.exists(dir.resolve("p.mviplan")));
    }

    @Test
    void commandSuggestionsByEditDistance() {
        assertEquals(1, CommandSuggestion.distance("chek", "check"));
        assertEquals(1, CommandSuggestion.distance("exprot", "export"), "two letters swapped count once");
        assertEquals(java.util.Optional.of("check"), CommandSuggestion.nearest("chek", java.util.List.of("new",
                "check", "summary")));
        assertEquals(java.util.Optional.of("export"), CommandSuggestion.nearest("--exprot", CommandLine.COMMANDS));
        assertEquals(java.util.Optional.empty(), CommandSuggestion.nearest("xyz", CommandLine.COMMANDS));
    }

    @Test
    void helpForEveryCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("summary --plan"));
        cli.resetOut();
        assertEquals(0, run("new", "--help"));
        assertTrue(out().contains("--sample"));
        cli.resetOut();
        assertEquals(0, run("summary", "--help"));
        assertTrue(out().contains("--json"));
        cli.resetOut();
        assertEquals(0, run("analyse", "--help"));
        assertTrue(out().contains("--year JAAR"));
    }

    @Test
    void planOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path plan = dir.resolve("in-gebruik.mviplan");
        try (PlanDatabase held = TestPlans.create(dir, "in-gebruik.mviplan")) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dmvi.home=" + dir.resolve("home2"),
                    "-Duser.language=nl", "nl.mviwerkboek.app.Launcher", "summary", "--plan", plan.toString())
                    .redirectErrorStream(true).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(CommandLine.FILE_PROBLEM, process.exitValue(), output);
            assertTrue(output.contains("Dit plan is al geopend"), output);
        }
    }
}
