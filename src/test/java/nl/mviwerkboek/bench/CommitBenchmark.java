package nl.mviwerkboek.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanLock;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;

/**
 * What durable commits cost and how fast a big plan opens (issue 16, items 4 and 5; not a unit test):
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec -Dbench.main=nl.mviwerkboek.bench.CommitBenchmark}.
 * Times small edits and a 100,000-line import with {@code synchronous=NORMAL} and {@code FULL}, then opens a
 * plan with {@code bench.rows} lines after a clean close and after an unclean one (the whole-file check);
 * a third argument {@code open-only} measures only the opening.
 */
public final class CommitBenchmark {

    private static final int EDITS = 300;
    private static final int IMPORT_ROWS = 100_000;

    private CommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        System.out.printf("Benchmark: %d cores, Java %s, max heap %d MiB, file system of %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, dir.toAbsolutePath());
        boolean openOnly = args.length > 2 && args[2].equals("open-only");
        Path small = csv(dir, IMPORT_ROWS);
        for (String mode : openOnly ? new String[0] : new String[] {"NORMAL", "FULL", "NORMAL", "FULL"}) {
            System.setProperty("mvi.benchmark.synchronous", mode);
            edits(dir.resolve("edits-" + mode + ".mviplan"), mode);
            importOnce(dir.resolve("import-" + mode + ".mviplan"), small, mode);
        }
        System.setProperty("mvi.benchmark.synchronous", "FULL");
        Path big = dir.resolve("open-" + rows + ".mviplan");
        if (!Files.exists(big)) {
            importOnce(big, csv(dir, rows), "FULL");
        }
        for (int run = 0; run < 3; run++) {
            open(big, dir, "clean close", false);
            open(big, dir, "left open (lock file: whole-file check)", true);
        }
    }

    private static Path csv(Path dir, int rows) throws Exception {
        Path csv = dir.resolve("spend-" + rows + ".csv");
        if (!Files.exists(csv)) {
            BenchFiles.csv(csv, rows);
        }
        return csv;
    }

    private static PlanDatabase create(Path plan) throws Exception {
        Files.deleteIfExists(plan);
        return files(plan).create(plan, PlanProfile.of("Benchmark", OrganisationType.GEMEENTE, 2026, 2029,
                ThemeSet.MANIFEST_2022));
    }

    private static PlanFiles files(Path plan) throws Exception {
        return new PlanFiles(Files.createDirectories(plan.resolveSibling("backups")));
    }

    private static void edits(Path plan, String mode) throws Exception {
        try (PlanDatabase db = create(plan)) {
            long[] each = new long[EDITS];
            long start = System.nanoTime();
            for (int i = 0; i < EDITS; i++) {
                long t = System.nanoTime();
                int n = i;
                db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET organisation_name = 'Gemeente " + n + "'"))
                        .join();
                each[i] = System.nanoTime() - t;
            }
            double total = (System.nanoTime() - start) / 1e9;
            Arrays.sort(each);
            System.out.printf("%-6s %d small edits, one after another: %6.2f s  (median %5.2f ms, p95 %5.2f ms per edit)%n",
                    mode, EDITS, total, each[EDITS / 2] / 1e6, each[EDITS * 95 / 100] / 1e6);
        }
    }

    private static void importOnce(Path plan, Path csv, String mode) throws Exception {
        try (PlanDatabase db = create(plan)) {
            SpendService spend = new SpendService(db);
            long start = System.nanoTime();
            ImportAnalysis analysis = spend.analyse(csv, Optional.empty(), Optional.empty()).run(JobContext.silent());
            long rows = spend.importJob(analysis, null).run(JobContext.silent()).rowsImported();
            System.out.printf("%-6s import of %,d lines (analysis + import):  %6.2f s%n", mode, rows,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Opens as the app does (plan file, profile, the Overzicht's summary) and prints the time to the first page. */
    private static void open(Path plan, Path dir, String how, boolean leftOpen) throws Exception {
        if (leftOpen) {
            Files.writeString(PlanLock.lockFileOf(plan), "4242@crashed\n");
        }
        long start = System.nanoTime();
        try (PlanDatabase db = files(plan).open(plan)) {
            long opened = System.nanoTime();
            new ProfileService(db).load().join();
            long profile = System.nanoTime();
            new SummaryService(db).load().join();
            long shown = System.nanoTime();
            new SummaryService(db).load().join();
            System.out.printf("open %,d-byte plan, %-40s open %5.2f s, + profile %5.2f s, + Overzicht %5.2f s"
                    + " (Overzicht again %5.2f s)%n", Files.size(plan), how + ":", (opened - start) / 1e9,
                    (profile - start) / 1e9, (shown - start) / 1e9, (System.nanoTime() - shown) / 1e9);
        }
    }
}
