package nl.mviwerkboek.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.anchoring.AnchoringService;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.PlanVersion;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.sample.SamplePlan;
import nl.mviwerkboek.shared.db.PlanDatabase;

/**
 * The running-the-plan benchmark on the sample plan (40 actions, 30,000 spend lines): time to read the
 * actions, anchoring and monitoring chapters and the Overzicht (median of 5 after a warm-up), to keep a
 * yearly version, and to compare it with the plan as it is now; and the size of a version.
 * Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=nl.mviwerkboek.bench.RunBenchmark}.
 */
public final class RunBenchmark {

    private static final int RUNS = 5;

    private RunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path plan = dir.resolve("run.mviplan");
        Files.deleteIfExists(plan);
        PlanFiles files = new PlanFiles(Files.createDirectories(dir.resolve("backups")));
        System.out.printf("Run benchmark: sample plan, max heap %d MiB, %d cores, Java %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        long start = System.nanoTime();
        try (PlanDatabase db = SamplePlan.create(plan, files)) {
            System.out.printf("create sample plan (with one yearly version): %d ms%n", (System.nanoTime() - start) / 1_000_000);
            ActionService actions = new ActionService(db, LocalDate::now);
            MonitoringService monitoring = new MonitoringService(db, LocalDate::now);
            time("actions chapter (list, log, history, suggestions)", () -> actions.picture().join());
            time("anchoring chapter", () -> new AnchoringService(db).picture().join());
            time("monitoring chapter (reviews, goal status)", () -> monitoring.picture().join());
            time("Overzicht (whole summary)", () -> new SummaryService(db).load().join());
            long t = System.nanoTime();
            List<PlanVersion> versions = monitoring.takeVersion("Benchmark", "").join().versions();
            System.out.printf("keep a yearly version: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            long first = versions.get(0).id();
            time("compare a version with the plan now", () -> monitoring.compare(first, null).join());
            long bytes = db.read(c -> nl.mviwerkboek.shared.db.Sql.count(c,
                    "SELECT MAX(length(snapshot)) FROM plan_version")).join();
            System.out.printf("size of one version: %.1f MB; plan file: %.1f MB%n", bytes / 1e6, Files.size(plan) / 1e6);
        }
    }

    private static void time(String what, Callable<?> work) throws Exception {
        work.call();
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.call();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        ms.sort(null);
        System.out.printf("%s: median %d ms (max %d)%n", what, ms.get(RUNS / 2), ms.get(RUNS - 1));
    }
}
