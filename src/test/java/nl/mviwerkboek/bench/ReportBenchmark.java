package nl.mviwerkboek.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import nl.mviwerkboek.exchange.xlsx.XlsxWriter;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.report.ExportKind;
import nl.mviwerkboek.report.PlanDocument;
import nl.mviwerkboek.report.PlanWorkbook;
import nl.mviwerkboek.report.ReportService;
import nl.mviwerkboek.report.ReportSources;
import nl.mviwerkboek.sample.SamplePlan;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;

/**
 * The report benchmark on the sample plan (30,000 spend lines, 1,706 suppliers, 40 actions): the full Word
 * action plan plus the Excel workbook, first in a fresh JVM (what the officer waits for the first time) and
 * then the median of 5, with where the time goes; and the progress report. With the environment variable
 * {@code MVI_BENCH_WARM_UP=1} the first export comes after the warm-up the report chapter starts when it opens.
 * Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench.main=nl.mviwerkboek.bench.ReportBenchmark}.
 */
public final class ReportBenchmark {

    private static final int RUNS = 5;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path plan = dir.resolve("report.mviplan");
        Files.deleteIfExists(plan);
        PlanFiles files = new PlanFiles(Files.createDirectories(dir.resolve("backups")));
        System.out.printf("Report benchmark: sample plan, max heap %d MiB, %d cores, Java %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (PlanDatabase db = SamplePlan.create(plan, files)) {
            ReportService service = new ReportService(db, () -> TODAY);
            if (System.getenv("MVI_BENCH_WARM_UP") != null) {
                nl.mviwerkboek.exchange.OfficeWarmUp.start().join();
                System.out.println("(as in the app: the office code was loaded when the report chapter opened)");
            }
            Map<ExportKind, Path> both = Map.of(ExportKind.PLAN_DOCX, dir.resolve("actieplan.docx"),
                    ExportKind.WORKBOOK_XLSX, dir.resolve("werkboek.xlsx"));
            long[] ms = new long[RUNS + 1];
            for (int i = 0; i <= RUNS; i++) {
                long t = System.nanoTime();
                service.export(both, JobContext.silent());
                ms[i] = (System.nanoTime() - t) / 1_000_000;
                if (i == 0) {
                    System.out.printf("full Word plan + Excel workbook (export --docx --xlsx), first in this JVM: %d ms%n",
                            ms[0]);
                }
            }
            long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(warm);
            System.out.printf("full Word plan + Excel workbook, median of %d after that: %d ms%n", RUNS, warm[RUNS / 2]);
            parts(db, dir);
            long t = System.nanoTime();
            service.export(ExportKind.PROGRESS_DOCX, dir.resolve("voortgang.docx"), JobContext.silent());
            System.out.printf("progress report: %d ms%n", (System.nanoTime() - t) / 1_000_000);
            System.out.printf("sizes: actieplan.docx %d KB, werkboek.xlsx %d KB%n",
                    Files.size(dir.resolve("actieplan.docx")) >> 10, Files.size(dir.resolve("werkboek.xlsx")) >> 10);
        }
    }

    /** Reads the plan once, builds and writes both documents one after the other; prints where the time goes. */
    private static void parts(PlanDatabase db, Path dir) throws Exception {
        long t0 = System.nanoTime();
        ReportSources s = db.read(c -> ReportSources.read(c, TODAY)).join();
        long t1 = System.nanoTime();
        var doc = PlanDocument.build(s);
        long t2 = System.nanoTime();
        DocxWriter.write(doc, dir.resolve("deel.docx"), () -> false);
        long t3 = System.nanoTime();
        var book = PlanWorkbook.build(s);
        long t4 = System.nanoTime();
        XlsxWriter.write(book, dir.resolve("deel.xlsx"), () -> false);
        long t5 = System.nanoTime();
        System.out.printf("one after the other, warm: read the plan %d ms, build the document %d ms (praatplaat included), write docx %d ms,"
                        + " build the workbook %d ms, write xlsx %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
    }
}
