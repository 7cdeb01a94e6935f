package nl.mviwerkboek.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
