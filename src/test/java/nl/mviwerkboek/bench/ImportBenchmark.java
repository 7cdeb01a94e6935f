package nl.mviwerkboek.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.ImportRecord;
import nl.mviwerkboek.spend.ImportTimings;
import nl.mviwerkboek.spend.SpendImporter;
import nl.mviwerkboek.spend.SpendService;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Measures the spend import on a million lines (not a unit test): {@code ./mvnw -Pbenchmark test-compile exec:exec}
 * or directly with {@code -Xmx512m}. Per case (the realistic export of issue 19 as CSV and as xlsx with inline and
 * with shared strings, and the old, narrower shape) it measures the floor in the same round ({@code sqlite3 .import}
 * of the CSV, {@code unzip -p} of the xlsx's sheet), then our import end to end with its phases, wall and CPU, and
 * the peak heap, and prints the ratios.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /** {@code -Dbench.rounds=N}: how often each case runs; {@code -Dbench.cases=a,b}: only those cases. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        int rounds = Integer.getInteger("bench.rounds", 3);
        java.util.Set<String> cases = new java.util.HashSet<>(java.util.Arrays.asList(System.getProperty("bench.cases",
                "real-csv,real-xlsx-inline,real-xlsx-shared,old-csv,old-xlsx,old-baselines").split(",")));
        Path realCsv = dir.resolve("real-" + rows + ".csv");
        Path realInline = dir.resolve("real-inline-" + rows + ".xlsx");
        Path realShared = dir.resolve("real-shared-" + rows + ".xlsx");
        Path csv = dir.resolve("spend-" + rows + ".csv");
        Path xlsx = dir.resolve("spend-" + rows + ".xlsx");
        if (cases.contains("real-csv")) {
            generate(realCsv, () -> RealisticFiles.csv(realCsv, rows));
        }
        if (cases.contains("real-xlsx-inline")) {
            generate(realInline, () -> RealisticFiles.xlsx(realInline, rows, false));
        }
        if (cases.contains("real-xlsx-shared")) {
            generate(realShared, () -> RealisticFiles.xlsx(realShared, rows, true));
        }
        if (cases.contains("old-csv") || cases.contains("old-baselines")) {
            generate(csv, () -> BenchFiles.csv(csv, rows));
        }
        if (cases.contains("old-xlsx") || cases.contains("old-baselines")) {
            generate(xlsx, () -> BenchFiles.xlsx(xlsx, rows));
        }
        System.out.printf("Benchmark: %,d lines, max heap %d MiB, %d cores, Java %s, %d rounds, load %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), rounds, Floors.load());
        for (Path f : List.of(realCsv, realInline, realShared, csv, xlsx)) {
            if (Files.exists(f)) {
                System.out.printf("File %-28s %,13d bytes%s%n", f.getFileName(), Files.size(f),
                        f.toString().endsWith(".xlsx") ? Floors.parts(f) : "");
            }
        }
        List<String> summary = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("%n=== round %d of %d (load %s) ===%n", round, rounds, Floors.load());
            if (cases.contains("real-csv")) {
                csvCase("realistic csv", realCsv, dir, rows, summary);
            }
            if (cases.contains("real-xlsx-inline")) {
                xlsxCase("realistic xlsx, inline strings", realInline, dir, rows, summary);
            }
            if (cases.contains("real-xlsx-shared")) {
                xlsxCase("realistic xlsx, shared strings", realShared, dir, rows, summary);
            }
            if (cases.contains("old-csv")) {
                csvCase("old shape csv", csv, dir, rows, summary);
            }
            if (cases.contains("old-xlsx")) {
                xlsxCase("old shape xlsx", xlsx, dir, rows, summary);
            }
        }
        if (cases.contains("old-baselines")) {
            System.out.printf("%n=== baselines of the old shape ===%n");
            measure("csv  bare read (FastCSV)", rows, () -> bareRead(csv));
            measure("xlsx bare read (fastexcel)", rows, () -> bareRead(xlsx));
            measure("xlsx POI XSSFReader SAX read", rows, () -> poiSaxRead(xlsx));
            measure("floor: insert rows, one statement", rows, () -> insertFloor(dir.resolve("floor.db"), rows));
        }
        System.out.printf("%n=== summary (import end to end / floor in the same round) ===%n");
        summary.forEach(System.out::println);
    }

    /** CPU seconds of this process so far (all threads, the JIT and GC included). */
    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Writes a generated file unless it is there. */
    private interface Generator {
        void write() throws Exception;
    }

    private static void generate(Path file, Generator g) throws Exception {
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            g.write();
            System.out.printf("Generated %s in %.1f s%n", file.getFileName(), (System.nanoTime() - t) / 1e9);
        }
    }

    private static void csvCase(String name, Path file, Path dir, int rows, List<String> summary) throws Exception {
        Floors.Timed floor = Floors.sqliteImport(file, dir.resolve("floor-sqlite3.db"));
        System.out.printf("%-34s floor sqlite3 .import %6.2f s wall, %6.2f s CPU%n", name, floor.wall(), floor.cpu());
        double cpu0 = processCpu();
        double ours = importCase(name, file, dir.resolve("bench.mviplan"), rows);
        double cpu = processCpu() - cpu0;
        summary.add(String.format("%-34s %6.2f s / sqlite3 .import %6.2f s = %.2f x; CPU %5.2f s / %5.2f s = %.2f x"
                + "  (load %s)", name, ours, floor.wall(), ours / floor.wall(), cpu, floor.cpu(), cpu / floor.cpu(),
                Floors.load()));
    }

    private static void xlsxCase(String name, Path file, Path dir, int rows, List<String> summary) throws Exception {
        Floors.Timed sheet = Floors.unzip(file, false);
        Floors.Timed all = Floors.unzip(file, true);
        System.out.printf("%-34s floor unzip -p sheet %6.2f s wall, %6.2f s CPU; sheet + shared strings %6.2f s%n",
                name, sheet.wall(), sheet.cpu(), all.wall());
        double cpu0 = processCpu();
        double ours = importCase(name, file, dir.resolve("bench.mviplan"), rows);
        double cpu = processCpu() - cpu0;
        summary.add(String.format("%-34s %6.2f s / unzip -p sheet %6.2f s = %.2f x, / sheet + strings %6.2f s = %.2f x;"
                + " CPU %5.2f s / %5.2f s = %.2f x  (load %s)", name, ours, sheet.wall(), ours / sheet.wall(), all.wall(),
                ours / all.wall(), cpu, all.cpu(), cpu / all.cpu(), Floors.load()));
    }

    /** Our import end to end into a fresh plan, with its phases and peak heap; returns the wall time. */
    private static double importCase(String name, Path file, Path plan, int rows) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        PlanFiles files = new PlanFiles(Files.createDirectories(plan.resolveSibling("backups")));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(plan.resolveSibling(plan.getFileName() + suffix));
        }
        try (PlanDatabase db = files.create(plan, PlanProfile.of("Benchmark", OrganisationType.GEMEENTE, 2026, 2029,
                ThemeSet.MANIFEST_2022))) {
            SpendService spend = new SpendService(db);
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long dbCpu0 = db.read(c -> threads.getCurrentThreadCpuTime()).join();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
            long t1 = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            SpendImporter importer = new SpendImporter();
            ImportRecord record = importer.run(db, analysis, null, JobContext.silent());
            long t2 = System.nanoTime();
            long dbCpu2 = db.read(c -> threads.getCurrentThreadCpuTime()).join(); // waits for the checkpoint
            long t3 = System.nanoTime();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            ImportTimings t = importer.timings();
            long dbCpuWork = 0;
            for (ImportTimings.Phase p : List.of(ImportTimings.Phase.WRITE, ImportTimings.Phase.INDEX,
                    ImportTimings.Phase.WAIT_FOR_READER)) {
                dbCpuWork += t.cpuNanos(p);
            }
            double total = (t3 - t0) / 1e9;
            System.out.printf("  %s: %,d lines imported, end to end %.2f s, peak heap %d MiB; mapping %s%n", name,
                    record.rowsImported(), total, peak >> 20, analysis.mapping().encode());
            System.out.printf("    %-28s %7.2f s wall %7.2f s CPU%n", "analysis (sample, SHA-256)", (t1 - t0) / 1e9,
                    (cpu1 - cpu0) / 1e9);
            for (ImportTimings.Phase p : ImportTimings.Phase.values()) {
                System.out.printf("    %-28s %7.2f s wall %7.2f s CPU%n", p.name().toLowerCase(java.util.Locale.ROOT),
                        t.wallNanos(p) / 1e9, t.cpuNanos(p) / 1e9);
            }
            System.out.printf("    %-28s %7.2f s wall %7.2f s CPU (database thread after the commit)%n", "checkpoint",
                    (t3 - t2) / 1e9, Math.max(0, dbCpu2 - dbCpu0 - dbCpuWork) / 1e9);
            System.out.printf("    import job %.2f s wall (%,.0f lines/s)%n", (t2 - t1) / 1e9, rows / ((t2 - t1) / 1e9));
            return total;
        }
    }

    private static void measure(String name, int rows, Callable<Long> step) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        long count = step.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-36s %7.2f s  %,10.0f rows/s  peak heap %4d MiB  (%,d rows)%n", name, seconds,
                rows / seconds, peak >> 20, count);
    }

    private static long bareRead(Path file) throws Exception {
        AtomicLong n = new AtomicLong();
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            table.read(table.largestSheet().index(), (row, cells) -> {
                n.addAndGet(cells.size() > 0 ? 1 : 0);
                return true;
            });
        }
        return n.get();
    }

    private static long poiSaxRead(Path file) throws Exception {
        AtomicLong n = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    n.incrementAndGet();
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                }
            };
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
            try (var sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
        }
        return n.get();
    }

    private static long insertFloor(Path db, int rows) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("CREATE TABLE spend_line (id INTEGER PRIMARY KEY, import_id INTEGER, "
                    + "source_row INTEGER, supplier_id INTEGER, supplier_name TEXT, amount_cents INTEGER, "
                    + "line_date TEXT, year INTEGER, ledger_code TEXT, cost_centre TEXT, description TEXT)");
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO spend_line (import_id, source_row, supplier_id, "
                    + "supplier_name, amount_cents, line_date, year, ledger_code, cost_centre, description) "
                    + "VALUES (1, ?, ?, ?, ?, ?, 2025, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    st.setInt(1, i + 2);
                    st.setInt(2, i % 20_000);
                    st.setString(3, "Leverancier " + (i % 20_000) + " B.V.");
                    st.setLong(4, 500 + i);
                    st.setString(5, "2025-03-01");
                    st.setString(6, String.valueOf(4300 + i % 40));
                    st.setString(7, String.valueOf(200 + i % 12));
                    st.setString(8, "Factuur " + i);
                    st.addBatch();
                    if (i % 2_000 == 1_999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            c.commit();
        }
        return rows;
    }
}
