package nl.mviwerkboek.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.groups.ClassificationRule;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.RuleKind;
import nl.mviwerkboek.spend.priority.PriorityService;
import nl.mviwerkboek.spend.suppliers.SupplierService;

/**
 * The spend-analysis benchmark: a plan with {@code rows} lines (default 1,000,000; 20,000 suppliers,
 * 40 ledger accounts mapped to product groups by rules, 12 cost centres), then the time to open each
 * analysis view (median of 5 after a warm-up) and to run classification again.
 * Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=nl.mviwerkboek.bench.AnalysisBenchmark}.
 */
public final class AnalysisBenchmark {

    private static final int RUNS = 5;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path csv = dir.resolve("spend-" + rows + ".csv");
        if (!Files.exists(csv)) {
            BenchFiles.csv(csv, rows);
        }
        Path plan = dir.resolve("analysis.mviplan");
        Files.deleteIfExists(plan);
        PlanFiles files = new PlanFiles(Files.createDirectories(dir.resolve("backups")));
        System.out.printf("Analysis benchmark: %,d lines, max heap %d MiB, %d cores, Java %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (PlanDatabase db = files.create(plan, PlanProfile.of("Benchmark", OrganisationType.GEMEENTE, 2025, 2028,
                ThemeSet.MANIFEST_2022))) {
            GroupsService groups = new GroupsService(db);
            List<ProductGroup> catalogue = groups.groups().join();
            for (int k = 0; k < 40; k++) {
                groups.addRule(RuleKind.LEDGER, String.valueOf(4300 + k), null, catalogue.get(k).id()).join();
            }
            SpendService spend = new SpendService(db);
            long t0 = System.nanoTime();
            ImportAnalysis a = spend.analyse(csv, Optional.empty(), Optional.empty()).run(JobContext.silent());
            spend.importJob(a, null).run(JobContext.silent());
            System.out.printf("Import with classification and summary table: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            long cube = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM spend_cube")) {
                    return rs.getLong(1);
                }
            }).join();
            System.out.printf("Summary table rows: %,d%n%n", cube);

            AnalysisService analysis = new AnalysisService(db);
            SupplierService suppliers = new SupplierService(db);
            PriorityService priorities = new PriorityService(db);
            SpendPicture all = analysis.picture(AnalysisFilter.ALL).join();
            long topSupplier = all.suppliers().get(0).supplierId();
            long topGroup = (Long) all.byGroup().get(0).key();
            System.out.println("View (everything it shows, read from the plan file)     median      max");
            view("Uitgaven, ABC, lokaal, drempels (alle uitgaven)", () -> analysis.picture(AnalysisFilter.ALL).join());
            view("  idem, filter jaar 2025", () -> analysis.picture(AnalysisFilter.ALL.withYear(2025)).join());
            view("  idem, filter productgroep", () -> analysis.picture(new AnalysisFilter(null, null, topGroup, null))
                    .join());
            view("  idem, filter kostenplaats", () -> analysis.picture(new AnalysisFilter(null, null, null, "205"))
                    .join());
            view("Werklijst niet ingedeeld", () -> analysis.suppliers(new AnalysisFilter(null, null,
                    AnalysisFilter.UNCLASSIFIED, null)).join());
            view("Indelingsregels en productgroepen", () -> groups.rules().thenCombine(groups.groups(), List::of).join());
            view("Leverancier: detail van de grootste", () -> suppliers.detail(topSupplier).join());
            view("Leveranciers: dubbelen voorstellen", () -> suppliers.suggestions().join());
            view("Prioriteiten, kalender, SROI", () -> priorities.picture(AnalysisFilter.ALL).join());
            view("Overzicht (samenvatting van het plan)", () -> new SummaryService(db).load().join());

            System.out.println();
            reclassify("Opnieuw indelen, niets verandert", groups);
            ClassificationRule first = groups.rules().join().get(0);
            groups.addRule(RuleKind.LEDGER_PREFIX, "43", null, catalogue.get(45).id()).join();
            long added = groups.rules().join().get(groups.rules().join().size() - 1).id();
            for (int i = 0; i < groups.rules().join().size(); i++) {
                groups.moveRule(added, -1).join();
            }
            reclassify("Opnieuw indelen, alle regels veranderen", groups);
            groups.deleteRule(added).join();
            reclassify("Opnieuw indelen, alles terug", groups);
            groups.assignSuppliers(List.of(topSupplier), catalogue.get(first.position() + 1).id()).join();
            reclassify("Opnieuw indelen na leverancier indelen", groups);
        }
    }

    private static void view(String name, Callable<Object> step) throws Exception {
        step.call();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.call();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-56s %6.0f ms %6.0f ms%n", name, sorted[RUNS / 2], sorted[RUNS - 1]);
    }

    private static void reclassify(String name, GroupsService groups) {
        long t = System.nanoTime();
        var outcome = groups.reclassify(JobContext.silent()).join();
        System.out.printf("%-44s %6.2f s  (%,d lines, %,d changed)%n", name, (System.nanoTime() - t) / 1e9,
                outcome.lines(), outcome.changed());
    }
}
