package nl.mviwerkboek.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.shared.db.Migrator;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample plan the build writes into the jar (ADR 0031) is what the description in sample-data/ builds
 * now, and the app copies it instead of building it.
 */
class PrebuiltSampleTest {

    @TempDir
    Path dir;

    @Test
    void thePrebuiltPlanHoldsExactlyWhatTheDescriptionBuildsNow() throws Exception {
        Path copy = dir.resolve("kopie.mviplan");
        assertTrue(PrebuiltSample.copyTo(copy), "the build put a prebuilt sample of this schema into the classes");
        try (PlanDatabase prebuilt = TestPlans.files(dir).open(copy);
             PlanDatabase fresh = SamplePlan.create(dir.resolve("vers.mviplan"), TestPlans.files(dir))) {
            assertEquals(new SummaryService(fresh).load().join(), new SummaryService(prebuilt).load().join(),
                    "the Overzicht's figures");
            Map<String, List<String>> now = fresh.read(PrebuiltSampleTest::contents).join();
            Map<String, List<String>> shipped = prebuilt.read(PrebuiltSampleTest::contents).join();
            assertEquals(now.keySet(), shipped.keySet(), "the same tables");
            assertTrue(now.get("spend_line").size() > 29_000, "three exports of about 10,000 lines each");
            for (String table : now.keySet()) {
                assertEquals(now.get(table).size(), shipped.get(table).size(), "rows of " + table);
                int differs = firstDifference(now.get(table), shipped.get(table));
                assertEquals(-1, differs, () -> table + ": built now " + now.get(table).get(differs)
                        + ", prebuilt " + shipped.get(table).get(differs));
            }
        }
    }

    @Test
    void aFreshSampleIsACopyOfThePrebuiltFileFlaggedAsSample() throws Exception {
        Path file = dir.resolve("voorbeeld").resolve("Voorbeeldgemeente-1.mviplan");
        Files.createDirectories(file.getParent());
        try (PlanDatabase db = SamplePlan.open(file, TestPlans.files(dir))) {
            assertTrue(new ProfileService(db).load().join().sample());
        }
        byte[] shipped;
        try (InputStream in = PrebuiltSample.class.getResourceAsStream(PrebuiltSample.RESOURCE)) {
            shipped = in.readNBytes(100);
        }
        byte[] written = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(written, 0, 100);
        }
        assertArrayEquals(shipped, written, "the copy starts as the shipped file");
        try (var names = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()),
                    names.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList(),
                    "no hidden copy left beside it");
        }
        PlanFileException taken = assertThrows(PlanFileException.class, () -> PrebuiltSample.copyTo(file));
        assertEquals(PlanFileException.Problem.ALREADY_EXISTS, taken.problem());
    }

    @Test
    void onlyAPrebuiltPlanOfThisSchemaVersionIsCopied() throws Exception {
        byte[] header;
        try (InputStream in = PrebuiltSample.class.getResourceAsStream(PrebuiltSample.RESOURCE)) {
            header = in.readNBytes(100);
        }
        assertTrue(PrebuiltSample.current(header));
        byte[] older = header.clone();
        ByteBuffer.wrap(older).putInt(60, Migrator.latestVersion() - 1);
        assertFalse(PrebuiltSample.current(older), "an older schema is built from the description instead");
        byte[] foreign = header.clone();
        ByteBuffer.wrap(foreign).putInt(68, 0);
        assertFalse(PrebuiltSample.current(foreign), "not one of our plans");
        assertFalse(PrebuiltSample.current(new byte[10]));
    }

    /** The first row at which two lists of the same size differ, or -1. */
    private static int firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Every table's rows as text, sorted; times of day the build wrote (columns {@code *_at}) and blobs left out. */
    private static Map<String, List<String>> contents(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        boolean blob = meta.getColumnType(i) == Types.BLOB || rs.getObject(i) instanceof byte[];
                        if (!meta.getColumnName(i).endsWith("_at")) {
                            row.append(blob ? "<blob>" : rs.getString(i)).append('|');
                        }
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            result.put(table, rows);
        }
        return result;
    }
}
