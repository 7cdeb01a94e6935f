package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkImportTest {

    @TempDir
    Path dir;

    @Test
    void largeImportRebuildsExactlyTheIndexesTheMigrationMade() throws Exception {
        StringBuilder csv = new StringBuilder("Leverancier;Datum;Bedrag\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append("Leverancier ").append(i % 500).append(";01-02-2025;").append(i % 997).append(",25\n");
        }
        Path file = Files.writeString(dir.resolve("groot.csv"), csv);
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            List<String> before = indexes(db);
            SpendService spend = new SpendService(db);
            ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
            assertEquals(true, analysis.estimatedRows() >= LineWriter.BULK_ROWS, "estimated " + analysis.estimatedRows());
            spend.importJob(analysis, null).run(JobContext.silent());
            assertEquals(before, indexes(db));
            assertEquals(60_000L, spend.totals().join().lines());
            assertEquals(500L, spend.totals().join().suppliers());
        }
    }

    @Test
    void aLargeImportCancelledHalfwayStopsWithinASecondAndLeavesThePlanAsItWas() throws Exception {
        StringBuilder csv = new StringBuilder("Crediteurnaam;Factuurdatum;Bedrag;Omschrijving\n");
        for (int i = 0; i < 300_000; i++) {
            csv.append("Leverancier ").append(i % 20_000).append(";01-02-2025;").append(i % 997)
                    .append(",25;Onderhoud groen ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("groot.csv"), csv);
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            SpendService spend = new SpendService(db);
            ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
            long[] cancelledAt = {0};
            JobContext cancelHalfway = new JobContext() {
                private long done;

                @Override
                public void progress(long d, long total) {
                    done = d;
                }

                @Override
                public void message(String text) {
                }

                @Override
                public boolean isCancelled() {
                    if (done >= 150_000 && cancelledAt[0] == 0) {
                        cancelledAt[0] = System.nanoTime();
                    }
                    return cancelledAt[0] != 0;
                }
            };
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> spend.importJob(analysis, null).run(cancelHalfway));
            double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
            assertTrue(seconds < 1.0, "cancel took " + seconds + " s");
            assertEquals(0L, spend.totals().join().lines());
            assertEquals(0L, spend.totals().join().suppliers());
            assertEquals(0L, spend.totals().join().imports());
            assertEquals(1, (int) db.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
                    return rs.getInt(1);
                }
            }).join());
            spend.importJob(analysis, null).run(JobContext.silent()); // the plan is whole: the same file imports
            assertEquals(300_000L, spend.totals().join().lines());
            assertEquals(20_000L, spend.totals().join().suppliers());
        }
    }

    private static List<String> indexes(PlanDatabase db) {
        return db.read(c -> {
            List<String> sql = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'spend_line' ORDER BY name")) {
                while (rs.next()) {
                    sql.add(rs.getString(1));
                }
            }
            return sql;
        }).join();
    }
}
