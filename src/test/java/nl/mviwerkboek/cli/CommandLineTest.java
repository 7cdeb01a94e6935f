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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(output, DataFolder.at(dir.resolve("home"))).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void sampleSummaryIsOneStableJsonObject() {
        Path plan = dir.resolve("voorbeeld.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--sample"));
        out.reset();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertEquals("{\"plan\":{\"name\":\"Voorbeeldgemeente\",\"organisationType\":\"gemeente\","
                + "\"periodStart\":2026,\"periodEnd\":2029,\"themeSet\":\"manifest_2022\",\"schemaVersion\":"
                + Migrator.latestVersion() + ",\"sample\":true},\"counts\":{\"stakeholders\":7,\"themes\":6}}", out());
        assertEquals("", err());
    }

    @Test
    void newEmptyPlanTakesNameTypePeriodAndThemes() {
        Path plan = dir.resolve("waterschap.mviplan");
        assertEquals(0, run("new", "--plan", plan.toString(), "--name", "Waterschap \"De Dijk\"", "--type",
                "waterschap", "--period", "2027-2030", "--themes", "report_2018"));
        assertTrue(out().contains("Plan gemaakt"));
        out.reset();
        assertEquals(0, run("summary", "--plan", plan.toString(), "--json"));
        assertTrue(out().startsWith("{\"plan\":{\"name\":\"Waterschap \\\"De Dijk\\\"\",\"organisationType\":"
                + "\"waterschap\",\"periodStart\":2027,\"periodEnd\":2030,\"themeSet\":\"report_2018\""), out());
        assertTrue(out().endsWith("\"counts\":{\"stakeholders\":0,\"themes\":7}}"), out());
    }

    @Test
    void textSummaryIsReadableDutch() {
        Path plan = dir.resolve("voorbeeld.mviplan");
        run("new", "--plan", plan.toString(), "--sample");
        out.reset();
        assertEquals(0, run("summary", "--plan", plan.toString()));
        assertTrue(out().contains("Plan: Voorbeeldgemeente"), out());
        assertTrue(out().contains("Planperiode: 2026–2029"), out());
        assertTrue(out().contains("Betrokkenen: 7"), out());
    }

    @Test
    void badInputGivesADutchMessageAndANonZeroExit() throws Exception {
        assertEquals(CommandLine.USAGE, run("summary"));
        assertTrue(err().contains("Optie --plan ontbreekt"), err());
        err.reset();
        assertEquals(CommandLine.USAGE, run("opruimen"));
        assertTrue(err().contains("Onbekende opdracht: opruimen"), err());
        err.reset();
        assertEquals(CommandLine.FILE_PROBLEM, run("summary", "--plan", dir.resolve("weg.mviplan").toString()));
        assertTrue(err().contains("Dit bestand bestaat niet"), err());
        err.reset();
        Path text = Files.writeString(dir.resolve("tekst.mviplan"), "geen plan");
        assertEquals(CommandLine.FILE_PROBLEM, run("summary", "--plan", text.toString()));
        assertTrue(err().contains("Dit is geen MVI-plan"), err());
        err.reset();
        assertEquals(CommandLine.FILE_PROBLEM, run("new", "--plan", text.toString()));
        assertTrue(err().contains("Er staat al een bestand met deze naam"), err());
        assertEquals("geen plan", Files.readString(text));
        err.reset();
        assertEquals(CommandLine.USAGE, run("new", "--plan", dir.resolve("x.mviplan").toString(), "--period", "2030-2020"));
        assertFalse(Files.exists(dir.resolve("x.mviplan")));
    }

    @Test
    void helpForEveryCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("summary --plan"));
        out.reset();
        assertEquals(0, run("new", "--help"));
        assertTrue(out().contains("--sample"));
        out.reset();
        assertEquals(0, run("summary", "--help"));
        assertTrue(out().contains("--json"));
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
