package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void emptyDatabaseMigratesToTheLatestVersionWithAllTables() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("leeg.db"))) {
            Migrator.migrate(c, 0);
            assertEquals(Migrator.latestVersion(), Migrator.schemaVersion(c));
            assertEquals(Migrator.APPLICATION_ID, Migrator.pragmaInt(c, "application_id"));
            assertEquals(List.of("action_change", "action_item", "action_note", "analysis_setting", "anchoring_item",
                    "classification_rule", "column_mapping", "contract", "effect",
                    "eu_threshold", "example", "focus_theme", "focus_theme_group", "goal", "goal_progress", "import_problem",
                    "inventory_item", "inventory_item_theme", "line_assignment", "market_consultation", "maturity", "objection", "plan", "plan_version",
                    "product_group", "product_group_impact", "report_setting", "review", "spend_cube", "spend_import", "spend_import_fingerprint",
                    "spend_line",
                    "stakeholder", "success", "suggestion_answer", "supplier", "supplier_assignment", "supplier_merge",
                    "supplier_pair_rejected", "swot_item", "tender_criterion", "tender_outcome", "theme"), tables(c));
        }
    }

    @Test
    void versionOneFixtureMigratesKeepingItsDataAndLeavesABackup() throws Exception {
        Path plan = copyFixture("plan-v1.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            PlanProfile profile = db.read(new ProfileStorage()::load).join();
            assertEquals("Fixturegemeente v1", profile.organisationName());
            assertEquals(ThemeSet.REPORT_2018, profile.themeSet());
            assertEquals(2_500_000L, profile.budgetCents());
            assertEquals(7, db.read(new ThemeStorage()::list).join().size());
            Stakeholder added = db.write(c -> new StakeholderStorage().insert(c, new Stakeholder(0, "Nieuw",
                    nl.mviwerkboek.plan.StakeholderRole.EXTERN, "", nl.mviwerkboek.plan.Involvement.INFORMEREN,
                    "", ""))).join();
            assertTrue(added.id() > 0);
        }
        try (var backups = Files.list(dir.resolve("backups"))) {
            List<Path> copies = backups.toList();
            assertEquals(1, copies.size());
            assertTrue(copies.get(0).getFileName().toString().startsWith("plan-v1-voor-update-v1-"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0))) {
                assertEquals(1, Migrator.schemaVersion(c));
            }
        }
    }

    @Test
    void versionTwoFixtureMigratesKeepingItsStakeholders() throws Exception {
        Path plan = copyFixture("plan-v2.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            assertEquals("Fixturegemeente v2", db.read(new ProfileStorage()::load).join().organisationName());
            List<Stakeholder> stakeholders = db.read(new StakeholderStorage()::list).join();
            assertEquals("Anouk Bos", stakeholders.get(0).name());
            assertEquals(0L, (long) db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM spend_line")) {
                    return rs.getLong(1);
                }
            }).join());
        }
    }

    @Test
    void versionThreeFixtureGetsItsSummaryTableAndIsClassifiedOnce() throws Exception {
        Path plan = copyFixture("plan-v3.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            var analysis = new nl.mviwerkboek.spend.analysis.AnalysisService(db);
            var all = nl.mviwerkboek.spend.analysis.AnalysisFilter.ALL;
            assertEquals(115_050, analysis.picture(all).join().totalCents(), "summary table built from the lines");
            assertEquals(0.0, analysis.picture(all).join().share().byAmount());
            var groups = new nl.mviwerkboek.spend.groups.GroupsService(db);
            assertTrue(groups.needsClassification().join());
            groups.reclassify(nl.mviwerkboek.shared.task.JobContext.silent()).join();
            assertEquals(90_000.0 / 115_050, analysis.picture(all).join().share().byAmount(), 1e-9);
            assertEquals(46, groups.groups().join().size());
        }
    }

    @Test
    void versionFourFixtureKeepsItsAnalysisAndGetsAnEmptySituationAndFocus() throws Exception {
        Path plan = copyFixture("plan-v4.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            var analysis = new nl.mviwerkboek.spend.analysis.AnalysisService(db);
            var all = nl.mviwerkboek.spend.analysis.AnalysisFilter.ALL;
            assertEquals(25_100_000, analysis.picture(all).join().totalCents());
            assertEquals(1.0, analysis.picture(all).join().share().byAmount(), 1e-9);
            var situation = new nl.mviwerkboek.inventory.InventoryService(db).situation().join();
            assertTrue(situation.items().isEmpty());
            assertEquals(List.of("Schoonmaak gemeentehuis"), situation.mviContractsToAdd().stream()
                    .map(nl.mviwerkboek.spend.contracts.Contract::title).toList());
            assertEquals(6, situation.maturity().size());
            var focus = new nl.mviwerkboek.focus.FocusService(db).picture().join();
            assertTrue(focus.themes().stream().anyMatch(f -> f.theme().name().equals("Klimaat en energie")));
            assertTrue(focus.chosen().isEmpty() && focus.goals().isEmpty());
            assertTrue(focus.groups().stream().anyMatch(g -> g.code().equals("wegen") && g.focus()));
        }
    }

    @Test
    void versionFiveFixtureKeepsItsFocusAndGetsTheAnchoringChecklistAndNoActions() throws Exception {
        Path plan = copyFixture("plan-v5.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            var focus = new nl.mviwerkboek.focus.FocusService(db).picture().join();
            assertEquals(3, focus.chosen().size());
            assertEquals(7, focus.goals().size());
            assertEquals(3, focus.progress().values().stream().mapToInt(List::size).sum());
            var anchoring = new nl.mviwerkboek.anchoring.AnchoringService(db).picture().join();
            assertEquals(java.util.Arrays.asList(nl.mviwerkboek.anchoring.AnchoringMeasure.values()),
                    anchoring.items().stream().map(nl.mviwerkboek.anchoring.AnchoringItem::measure).toList());
            var actions = new nl.mviwerkboek.actions.ActionService(db, () -> java.time.LocalDate.of(2026, 6, 1))
                    .picture().join();
            assertTrue(actions.actions().isEmpty());
            assertTrue(actions.suggestions().stream().anyMatch(s -> s.key().startsWith("tender:")),
                    "contracts in focus groups ending in the period are suggested as tenders");
            var monitoring = new nl.mviwerkboek.monitoring.MonitoringService(db, java.time.LocalDate::now).picture().join();
            assertTrue(monitoring.reviews().isEmpty() && monitoring.versions().isEmpty());
        }
    }

    @Test
    void versionSixFixtureKeepsItsActionsAndVersionAndGetsConceptReportSettings() throws Exception {
        Path plan = copyFixture("plan-v6.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            var monitoring = new nl.mviwerkboek.monitoring.MonitoringService(db, () -> java.time.LocalDate.of(2026, 11, 28))
                    .picture().join();
            assertEquals(40, monitoring.actions().actions().size());
            assertEquals(List.of("2026 (vastgesteld)"), monitoring.versions().stream()
                    .map(nl.mviwerkboek.monitoring.PlanVersion::label).toList());
            var report = new nl.mviwerkboek.report.ReportService(db, java.time.LocalDate::now).state().join();
            assertEquals(nl.mviwerkboek.report.ReportSettings.defaults(), report.settings(),
                    "an older plan starts as a concept with every section");
            var differences = db.read(c -> nl.mviwerkboek.monitoring.MonitoringService.compare(c,
                    monitoring.versions().get(0).id(), null)).join();
            assertTrue(differences.stream().anyMatch(d -> d.part() == nl.mviwerkboek.monitoring.Difference.Part.GOAL),
                    "the version kept inside the file (schema 6) is migrated when read and still compares");
        }
    }

    @Test
    void versionSevenFixtureKeepsItsReportSettingsAndGetsEmptyLearningTables() throws Exception {
        Path plan = copyFixture("plan-v7.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            assertEquals(Migrator.latestVersion(), (int) db.read(Migrator::schemaVersion).join());
            var report = new nl.mviwerkboek.report.ReportService(db, java.time.LocalDate::now).state().join();
            assertEquals(nl.mviwerkboek.report.PlanStatus.VASTGESTELD, report.settings().status());
            assertEquals(java.time.LocalDate.of(2026, 2, 10), report.settings().adoptedOn());
            var support = new nl.mviwerkboek.plan.SupportService(db).picture().join();
            assertTrue(support.swot().isEmpty() && support.objections().isEmpty());
            assertTrue(new nl.mviwerkboek.monitoring.SuccessService(db).list().join().isEmpty());
            assertTrue(new nl.mviwerkboek.examples.ExampleService(db).list().join().isEmpty());
            long tender = new nl.mviwerkboek.actions.ActionService(db, java.time.LocalDate::now).picture().join().actions()
                    .stream().filter(a -> a.kind() == nl.mviwerkboek.actions.ActionKind.AANBESTEDING).findFirst()
                    .orElseThrow().id();
            assertEquals(nl.mviwerkboek.actions.tender.TenderFile.empty(tender),
                    new nl.mviwerkboek.actions.tender.TenderService(db).file(tender).join());
        }
    }

    @Test
    void versionEightFixtureKeepsItsImportWithoutASkippedTotalAndGetsItsFingerprint() throws Exception {
        Path plan = copyFixture("plan-v8.mviplan");
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            var imports = new nl.mviwerkboek.spend.SpendService(db).imports().join();
            assertEquals(1, imports.size());
            assertEquals(null, imports.get(0).skippedCents(), "not known for an import made before");
            assertEquals("1 regel overgeslagen", imports.get(0).skippedText());
            assertEquals(List.of("2025-01|100000|1|1", "2025-02|-5000|1|1", "2025-03|20050|1|1"), db.read(c -> {
                List<String> cells = new java.util.ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT period || '|' || cents || '|' || lines || '|' "
                        + "|| invoices FROM spend_import_fingerprint WHERE invoice_sum IS NULL ORDER BY period")) {
                    while (rs.next()) {
                        cells.add(rs.getString(1));
                    }
                }
                return cells;
            }).join());
        }
    }

    @Test
    void failingMigrationStepRollsBackToTheVersionBefore() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("half.db"))) {
            Migrator.migrate(c, 0);
            c.createStatement().executeUpdate("PRAGMA user_version = 1");
            // the stakeholder table exists already, so step 2 fails part-way
            assertThrows(SQLException.class, () -> Migrator.migrate(c, 1));
            assertEquals(1, Migrator.schemaVersion(c));
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> statements = Migrator.statements("""
                -- comment
                CREATE TABLE a (x INTEGER);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  UPDATE a SET x = 1;
                END;
                CREATE INDEX i ON a (x);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).contains("UPDATE a SET x = 1;"));
    }

    private Path copyFixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = MigrationTest.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static List<String> tables(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
