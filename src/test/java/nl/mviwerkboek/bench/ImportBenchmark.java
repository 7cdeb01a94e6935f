package nl.mviwerkboek.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * Measures the spend import on a million lines (not a unit test): {@code ./mvnw -Pbenchmark verify}
 * or directly with {@code -Xmx512m}. Prints wall time, rows per second and peak heap per step.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path csv = dir.resolve("spend-" + rows + ".csv");
        Path xlsx = dir.resolve("spend-" + rows + ".xlsx");
        if (!Files.exists(csv)) {
            BenchFiles.csv(csv, rows);
        }
        if (!Files.exists(xlsx)) {
            BenchFiles.xlsx(xlsx, rows);
        }
        System.out.printf("Benchmark: %,d lines, max heap %d MiB, %d cores, Java %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("Files: csv %,d bytes, xlsx %,d bytes%n", Files.size(csv), Files.size(xlsx));
        measure("csv  bare read (FastCSV)", rows, () -> bareRead(csv));
        measure("csv  import end to end", rows, () -> importEndToEnd(csv, dir.resolve("csv.mviplan")));
        measure("xlsx bare read (fastexcel)", rows, () -> bareRead(xlsx));
        measure("xlsx POI XSSFReader SAX read", rows, () -> poiSaxRead(xlsx));
        measure("xlsx import end to end", rows, () -> importEndToEnd(xlsx, dir.resolve("xlsx.mviplan")));
        measure("floor: insert rows, one statement", rows, () -> insertFloor(dir.resolve("floor.db"), rows));
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

    private static long importEndToEnd(Path file, Path plan) throws Exception {
        Files.deleteIfExists(plan);
        PlanFiles files = new PlanFiles(Files.createDirectories(plan.resolveSibling("backups")));
        try (PlanDatabase db = files.create(plan, PlanProfile.of("Benchmark", OrganisationType.GEMEENTE, 2026, 2029,
                ThemeSet.MANIFEST_2022))) {
            SpendService spend = new SpendService(db);
            long t0 = System.nanoTime();
            ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
            long t1 = System.nanoTime();
            ImportRecord record = spend.importJob(analysis, null).run(JobContext.silent());
            long t2 = System.nanoTime();
            db.read(c -> c.createStatement().execute("SELECT 1")).join();
            System.out.printf("    (analysis %.2f s, import %.2f s, then checkpoint %.2f s on the database thread)%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
            return record.rowsImported();
        }
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
