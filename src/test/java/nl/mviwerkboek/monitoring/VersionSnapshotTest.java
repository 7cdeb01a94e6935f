package nl.mviwerkboek.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanSnapshots;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TestSpend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Yearly versions keep the summary table but not the raw spend lines, and versions of the old, whole-plan kind still read. */
class VersionSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aVersionHoldsNoSpendLinesButGivesTheSamePerGroupFiguresAsThePlan() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            TestSpend.importLines(db, dir, 2_000);
            MonitoringService service = new MonitoringService(db, () -> LocalDate.of(2026, 3, 1));
            long id = service.takeVersion("2026", "").join().versions().get(0).id();

            byte[] copy = db.read(c -> new VersionStorage().snapshot(c, id)).join();
            assertEquals(0L, db.read(c -> PlanSnapshots.read(copy, x -> Sql.count(x, "SELECT COUNT(*) FROM spend_line"))).join(),
                    "the raw lines stay out of the version");
            assertTrue(db.read(c -> PlanSnapshots.read(copy, x -> Sql.count(x, "SELECT COUNT(*) FROM spend_cube"))).join() > 0,
                    "the summary table is kept");
            assertEquals(2_000L, db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM spend_line")).join(), "the plan keeps its lines");

            Map<String, Long> now = db.read(PlanState::read).join().spendByGroup();
            Map<String, Long> version = db.read(c -> PlanSnapshots.read(copy, PlanState::read)).join().spendByGroup();
            assertTrue(now.size() >= 4, "three groups and the unclassified spend: " + now);
            assertEquals(now, version);
            assertEquals(List.of(), service.compare(id, null).join());
        }
    }

    @Test
    void aVersionOfTheOldKindWithEverySpendLineStillReadsAndComparesTheSame() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            TestSpend.importLines(db, dir, 1_000);
            new ActionService(db, () -> LocalDate.of(2026, 3, 1)).add(Action.blank("Training inkopers", ActionKind.KENNIS)).join();
            MonitoringService service = new MonitoringService(db, () -> LocalDate.of(2026, 3, 1));
            long id = service.takeVersion("nieuw", "").join().versions().get(0).id();
            byte[] old = oldKindOfCopy(db);
            assertEquals(1_000L, db.read(c -> PlanSnapshots.read(old, x -> Sql.count(x, "SELECT COUNT(*) FROM spend_line"))).join());
            long oldId = db.write(c -> Sql.insert(c, "INSERT INTO plan_version (label, taken_on, note, snapshot) "
                    + "VALUES ('oud', '2025-12-31', '', ?)", (Object) old)).join();

            assertEquals(List.of(), service.compare(oldId, id).join(), "old and new kind hold the same goals, actions and spend");
            PlanState oldState = db.read(c -> PlanSnapshots.read(new VersionStorage().snapshot(c, oldId), PlanState::read)).join();
            assertEquals(db.read(PlanState::read).join().spendByGroup(), oldState.spendByGroup());
            assertEquals(List.of("Training inkopers"), oldState.actions().stream().map(Action::title).toList());
        }
    }

    @Test
    void theVersionKeptInAVersionSevenPlanStillReadsAfterTheMigration() throws Exception {
        Path plan = dir.resolve("plan-v7.mviplan");
        try (var in = getClass().getResourceAsStream("/fixtures/plan-v7.mviplan")) {
            Files.copy(in, plan, StandardCopyOption.REPLACE_EXISTING);
        }
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            MonitoringService service = new MonitoringService(db, () -> LocalDate.of(2026, 11, 28));
            PlanVersion v = service.picture().join().versions().get(0);
            assertEquals("2026 (vastgesteld)", v.label());
            assertTrue(service.compare(v.id(), null).join().stream().anyMatch(d -> d.part() == Difference.Part.ACTION));
        }
    }

    /** What {@code PlanSnapshots.take} stored before issue 16: the whole plan, spend lines included, gzipped. */
    private byte[] oldKindOfCopy(PlanDatabase db) throws Exception {
        Path whole = db.copyTo(dir.resolve("whole.mviplan")).join();
        try (PlanDatabase copy = TestPlans.files(dir).open(whole)) {
            copy.write(c -> Sql.update(c, "DELETE FROM plan_version")).join();
            copy.read(c -> c.createStatement().execute("PRAGMA journal_mode = DELETE")).join();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(bytes)) {
            Files.copy(whole, zip);
        }
        return bytes.toByteArray();
    }
}
