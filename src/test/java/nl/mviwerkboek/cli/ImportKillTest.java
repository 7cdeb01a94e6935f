package nl.mviwerkboek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the command line's import of a large file in a child JVM at several moments — while parsing,
 * while the commit writes the log, right after the commit, right after the result was printed — and
 * checks that the plan then opens, is sound, and holds exactly what it held or the whole import.
 * {@code ./mvnw verify} runs a few kills; {@code ./mvnw -Pfault test} runs only these tests, with many.
 */
@Tag("fault")
class ImportKillTest {

    /** Kills of the CSV import ({@code -Dmvi.fault.kills}); the xlsx import gets a third of them, at least one. */
    private static final int KILLS = Integer.getInteger("mvi.fault.kills", 3);
    /** Lines of the generated CSV ({@code -Dmvi.fault.lines}); the xlsx has 30 % of them. */
    private static final int LINES = Integer.getInteger("mvi.fault.lines", 200_000);
    private static final int XLSX_LINES = LINES * 3 / 10;
    /** Chooses the moments after the first three ({@code -Dmvi.fault.seed} repeats a run). */
    private static final long SEED = Long.getLong("mvi.fault.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void killingACsvImportLeavesThePlanAsItWasOrWithTheWholeImport(TestReporter reporter) throws Exception {
        Path file = dir.resolve("crediteuren-2025.csv");
        LargeExports.Expected expected = written(file, () -> LargeExports.csv(file, LINES, 2025, "Leverancier"));
        KillTrials trials = new KillTrials(dir, file, expected, SEED).withPlan();
        report(reporter, trials.run(KILLS, KillTrials.CSV_ORDER), KILLS);
    }

    @Test
    void killingAnXlsxImportLeavesThePlanAsItWasOrWithTheWholeImport(TestReporter reporter) throws Exception {
        Path file = dir.resolve("crediteuren-2025.xlsx");
        LargeExports.Expected expected = written(file, () -> LargeExports.xlsx(file, XLSX_LINES, 2025, "Leverancier"));
        int kills = Math.max(1, KILLS / 3);
        KillTrials trials = new KillTrials(dir, file, expected, SEED).withPlan();
        report(reporter, trials.run(kills, KillTrials.XLSX_ORDER), kills);
    }

    private static LargeExports.Expected written(Path file, Callable<LargeExports.Expected> writer) throws Exception {
        long start = System.nanoTime();
        LargeExports.Expected expected = writer.call();
        System.out.printf(Locale.ROOT, "%s: %,d lines written in %d ms%n", file.getFileName(), expected.lines(),
                (System.nanoTime() - start) / 1_000_000);
        return expected;
    }

    /** Publishes what each kill left (also on standard output: surefire keeps it in its reports folder). */
    private static void report(TestReporter reporter, List<KillTrials.Trial> trials, int kills) {
        assertEquals(kills, trials.size());
        long whole = trials.stream().filter(KillTrials.Trial::wholeImport).count();
        String summary = trials.size() + " kills (seed " + SEED + "): " + (trials.size() - whole)
                + " left the plan as it was, " + whole + " with the whole import";
        reporter.publishEntry("kills", summary);
        System.out.println(summary);
        for (KillTrials.Trial t : trials) {
            reporter.publishEntry("kill " + t.number(), t.toString());
            System.out.println("  " + t);
        }
    }
}
