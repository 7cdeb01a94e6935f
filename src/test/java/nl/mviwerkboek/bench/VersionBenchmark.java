package nl.mviwerkboek.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.PlanState;
import nl.mviwerkboek.monitoring.PlanVersion;
import nl.mviwerkboek.monitoring.VersionStorage;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanSnapshots;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.RuleKind;

/**
 * Yearly versions of a big plan (issue 16): a plan with {@code rows} spend lines (default 1,000,000, as in
 * {@link AnalysisBenchmark}), then "Jaarversie vastleggen" twice and a comparison, each with the time,
 * the heap's peak and the size of a version. Meant for {@code -Xmx512m}; fails (exit 1) when a version
 * holds spend lines or the comparison's spend per group differs from the plan's.
 * Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=nl.mviwerkboek.bench.VersionBenchmark}.
 */
public final class VersionBenchmark {

    private VersionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path csv = dir.resolve("spend-" + rows + ".csv");
        if (!Files.exists(csv)) {
            BenchFiles.csv(csv, rows);
        }
        Path plan = dir.resolve("versions.mviplan");
        Files.deleteIfExists(plan);
        PlanFiles files = new PlanFiles(Files.createDirectories(dir.resolve("backups")));
        System.out.printf("Version benchmark: %,d lines, max heap %d MiB, Java %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        try (PlanDatabase db = files.create(plan, PlanProfile.of("Benchmark", OrganisationType.GEMEENTE, 2025, 2028,
                ThemeSet.MANIFEST_2022))) {
            GroupsService groups = new GroupsService(db);
            List<ProductGroup> catalogue = groups.groups().join();
            for (int k = 0; k < 40; k++) {
                groups.addRule(RuleKind.LEDGER, String.valueOf(4300 + k), null, catalogue.get(k).id()).join();
            }
            SpendService spend = new SpendService(db);
            ImportAnalysis a = spend.analyse(csv, Optional.empty(), Optional.empty()).run(JobContext.silent());
            spend.importJob(a, null).run(JobContext.silent());
            db.read(c -> c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)")).join();
            System.out.printf("plan file: %.1f MB, %,d lines%n", Files.size(plan) / 1e6,
                    db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM spend_line")).join());

            MonitoringService monitoring = new MonitoringService(db, LocalDate::now);
            List<PlanVersion> versions = null;
            for (String label : new String[] {"2026", "2027"}) {
                resetPeaks();
                long t = System.nanoTime();
                versions = monitoring.takeVersion(label, "").join().versions();
                System.out.printf("Jaarversie vastleggen %s: %d ms, peak heap %d MiB%n", label,
                        (System.nanoTime() - t) / 1_000_000, peakHeapMiB());
            }
            long first = versions.get(0).id();
            byte[] copy = db.read(c -> new VersionStorage().snapshot(c, first)).join();
            long lines = db.read(c -> PlanSnapshots.read(copy, x -> Sql.count(x, "SELECT COUNT(*) FROM spend_line"))).join();
            System.out.printf("size of one version: %.2f MB, spend lines in it: %d%n", copy.length / 1e6, lines);
            resetPeaks();
            long t = System.nanoTime();
            int differences = monitoring.compare(first, null).join().size();
            System.out.printf("compare a version with the plan now: %d ms, peak heap %d MiB, %d differences%n",
                    (System.nanoTime() - t) / 1_000_000, peakHeapMiB(), differences);
            Map<String, Long> now = db.read(PlanState::read).join().spendByGroup();
            Map<String, Long> then = db.read(c -> PlanSnapshots.read(copy, PlanState::read)).join().spendByGroup();
            System.out.printf("spend per group: %d groups, the same in the version: %s%n", now.size(), now.equals(then));
            if (lines != 0 || !now.equals(then) || differences != 0) {
                System.exit(1);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
