package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration is all or nothing, and its backup is made once, synced and checked (issue 16, item 8). */
class MigrationSafetyTest {

    @TempDir
    Path dir;

    @Test
    void migrationThatFailsInALaterStepLeavesTheVersionAndEveryTableAsBefore() throws Exception {
        Path plan = copyFixture("plan-v1.mviplan");
        List<String> scripts = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            scripts.add("CREATE TABLE step_" + v + " (x INTEGER);\nINSERT INTO step_" + v + " VALUES (" + v + ");");
        }
        scripts.set(2, "CREATE TABLE step_3 (x INTEGER);\nINSERT INTO no_such_table VALUES (1);");
        try (Connection c = PlanConnections.connect(plan)) {
            String before = schema(c);
            assertThrows(SQLException.class, () -> Migrator.migrate(c, 1, scripts));
            assertEquals(1, Migrator.schemaVersion(c));
            assertEquals(before, schema(c), "step 2 was not kept");
            assertTrue(c.getAutoCommit());
            Migrator.migrate(c, 1, scripts.subList(0, 2));
            assertEquals(2, Migrator.schemaVersion(c), "the connection is usable after the failure");
        }
    }

    @Test
    void migrationsThatSucceedReachTheLastVersionAtOnce() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("leeg.db"))) {
            Migrator.migrate(c, 0, List.of("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y INTEGER);",
                    "PRAGMA foreign_keys = OFF;\nINSERT INTO b VALUES (1);\nPRAGMA foreign_keys = ON;"));
            assertEquals(3, Migrator.schemaVersion(c));
            assertEquals(Migrator.APPLICATION_ID, Migrator.pragmaInt(c, "application_id"));
        }
    }

    @Test
    void twoFailedOpensLeaveThePlanUnchangedAndMakeOneBackupThatIsAValidPlan() throws Exception {
        Path plan = copyFixture("plan-v1.mviplan");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan)) {
            // a table that migration 5 creates: steps 2-4 succeed, step 5 fails
            c.createStatement().executeUpdate("CREATE TABLE focus_theme (x INTEGER)");
            // plans the app wrote are in WAL mode (the fixture is not; switching would change its header)
            c.createStatement().execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = Files.readAllBytes(plan);
        for (int attempt = 0; attempt < 2; attempt++) {
            PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(plan));
            assertEquals(Problem.DAMAGED, e.problem());
            assertArrayEquals(digest(before), digest(Files.readAllBytes(plan)), "attempt " + attempt);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan)) {
            assertEquals(1, Migrator.schemaVersion(c));
            assertEquals(0, count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'stakeholder'"),
                    "step 2 was rolled back with the rest");
        }
        List<Path> backups;
        try (var list = Files.list(dir.resolve("backups"))) {
            backups = list.toList();
        }
        assertEquals(1, backups.size(), "one backup for two attempts: " + backups);
        Path backup = backups.get(0);
        assertTrue(backup.getFileName().toString().startsWith("plan-v1-voor-update-v1-"), backup.toString());
        assertArrayEquals(digest(before), digest(Files.readAllBytes(backup)));
        assertEquals(1, PlanFileChecks.checkContents(backup, true));
    }

    @Test
    void backupOfAMigratedPlanOpensAsAPlanWithTheOldData() throws Exception {
        Path plan = copyFixture("plan-v1.mviplan");
        TestPlans.files(dir).open(plan).close();
        Path backup;
        try (var list = Files.list(dir.resolve("backups"))) {
            backup = list.filter(p -> p.toString().endsWith(".mviplan")).findFirst().orElseThrow();
        }
        Path restored = Files.copy(backup, dir.resolve("terug.mviplan"));
        try (PlanDatabase db = TestPlans.files(dir).open(restored)) {
            assertEquals("Fixturegemeente v1", db.read(new ProfileStorage()::load).join().organisationName());
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
        }
    }

    private Path copyFixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = MigrationSafetyTest.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static String schema(Connection c) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (var rs = c.createStatement().executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
            while (rs.next()) {
                all.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
            }
        }
        return all.toString();
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static byte[] digest(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
