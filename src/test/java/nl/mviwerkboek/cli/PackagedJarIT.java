package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged target/mvi-werkboek.jar (dependencies in target/lib/) as a user would. */
class PackagedJarIT {

    @TempDir
    Path dir;

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmvi.home=" + dir.resolve("home"), "-jar", Path.of("target", "mvi-werkboek.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void jarCreatesTheSamplePlanAndSummarisesItWithoutAWindow() throws Exception {
        assertTrue(Files.isDirectory(Path.of("target", "lib")), "dependencies are copied next to the jar");
        Path plan = dir.resolve("voorbeeld.mviplan");
        Result created = run("new", "--plan", plan.toString(), "--sample");
        assertEquals(0, created.exit(), created.output());
        Result summary = run("summary", "--plan", plan.toString(), "--json");
        assertEquals(0, summary.exit(), summary.output());
        assertTrue(summary.output().contains("\"counts\":" + CommandLineTest.sampleCounts(CommandLineTest.overdueToday(plan))),
                summary.output());
    }

    @Test
    void jarReportsBadInputOnStandardErrorWithANonZeroExit() throws Exception {
        Result missing = run("summary", "--plan", dir.resolve("bestaat-niet.mviplan").toString());
        assertEquals(CommandLine.FILE_PROBLEM, missing.exit());
        assertTrue(missing.output().contains("Dit bestand bestaat niet"), missing.output());
        Result help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.output().startsWith("Gebruik: java -jar mvi-werkboek.jar"), help.output());
    }
}
