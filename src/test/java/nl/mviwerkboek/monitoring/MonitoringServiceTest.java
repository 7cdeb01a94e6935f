package nl.mviwerkboek.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.focus.FocusService;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanSnapshots;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringServiceTest {

    @TempDir
    Path dir;

    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 3, 1));

    @Test
    void aReviewListsTheActionsChangedSinceThePreviousOneAndSetsTheNextDate() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            ActionService actions = new ActionService(db, today::get);
            MonitoringService service = new MonitoringService(db, today::get);
            actions.add(Action.blank("Training inkopers", ActionKind.KENNIS)).join();
            actions.add(Action.blank("Nieuwsbrief", ActionKind.COMMUNICATIE)).join();
            MonitoringPicture p = service.saveReview(new Review(0, LocalDate.of(2026, 3, 31), ReviewKind.KWARTAAL,
                    "Start", "", LocalDate.of(2026, 6, 30))).join();
            today.set(LocalDate.of(2026, 4, 15));
            Action training = p.actions().actions().stream().filter(a -> a.kind() == ActionKind.KENNIS).findFirst().orElseThrow();
            actions.update(training.withStatus(ActionStatus.BEZIG)).join();
            today.set(LocalDate.of(2026, 5, 1));
            actions.update(actions.picture().join().actions().stream().filter(a -> a.id() == training.id()).findFirst()
                    .orElseThrow().withStatus(ActionStatus.GEREED)).join();
            actions.add(Action.blank("Marktdag", ActionKind.MARKTCONSULTATIE)).join();
            p = service.saveReview(new Review(0, LocalDate.of(2026, 6, 30), ReviewKind.KWARTAAL, "", "Marktdag eerder",
                    LocalDate.of(2026, 9, 30))).join();

            assertEquals(LocalDate.of(2026, 9, 30), p.nextReview());
            Review june = p.reviews().get(0);
            assertEquals(List.of("Marktdag: Toegevoegd (Gepland)", "Training inkopers: Gepland → Gereed"),
                    p.changesFor(june).stream().map(c -> c.action().title() + ": " + c.describe()).toList());
            assertEquals(2, p.changesFor(p.reviews().get(1)).size(), "the first review covers everything before it");
            assertTrue(p.changesSinceLastReview().isEmpty());
            p = service.deleteReview(june).join();
            assertEquals(LocalDate.of(2026, 6, 30), p.nextReview());
        }
    }

    @Test
    void aYearlyVersionKeepsThePlanAsItWasAndTwoVersionsCompare() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            ActionService actions = new ActionService(db, today::get);
            FocusService focus = new FocusService(db);
            long theme = focus.picture().join().themes().get(0).theme().id();
            focus.addGoal(new Goal(0, theme, "Minder CO2", "CO2", "ton", 1000.0, 2025, 800.0, 2029, "", null)).join();
            actions.add(Action.blank("Training inkopers", ActionKind.KENNIS)).join();
            MonitoringService service = new MonitoringService(db, today::get);
            MonitoringPicture p = service.takeVersion(" 2026 ", "Vastgesteld door de raad").join();
            assertEquals(List.of(new PlanVersion(p.versions().get(0).id(), "2026", today.get(), "Vastgesteld door de raad")),
                    p.versions());

            Goal goal = focus.picture().join().goals().get(0);
            focus.updateGoal(new Goal(goal.id(), theme, "Minder CO2", "CO2", "ton", 1000.0, 2025, 700.0, 2029, "", null)).join();
            Action training = actions.picture().join().actions().get(0);
            actions.update(training.withStatus(ActionStatus.BEZIG)).join();
            actions.add(Action.blank("Marktdag", ActionKind.MARKTCONSULTATIE)).join();
            p = service.takeVersion("2027", "").join();

            List<Difference> diff = service.compare(p.versions().get(0).id(), p.versions().get(1).id()).join();
            assertEquals(List.of(
                    new Difference(Difference.Part.GOAL, "Minder CO2", "streefwaarde 800 ton (2029)", "streefwaarde 700 ton (2029)"),
                    new Difference(Difference.Part.ACTION, "Training inkopers", "Gepland", "Bezig"),
                    new Difference(Difference.Part.ACTION, "Marktdag", "(nog niet)", "Gepland")), diff);
            assertEquals(diff, service.compare(p.versions().get(0).id(), null).join(), "the newest version equals now");
            assertTrue(service.compare(p.versions().get(1).id(), null).join().isEmpty());

            byte[] copy = db.read(c -> new VersionStorage().snapshot(c, 2)).join();
            assertEquals(0L, db.read(c -> PlanSnapshots.read(copy, x -> Sql.count(x, "SELECT COUNT(*) FROM plan_version"))).join(),
                    "a version does not hold the versions before it");
            p = service.deleteVersion(p.versions().get(0)).join();
            assertEquals(List.of("2027"), p.versions().stream().map(PlanVersion::label).toList());
        }
    }

    @Test
    void theSamplePlansVersionShowsWhatHappenedSinceTheCouncilAdoptedIt() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            MonitoringService service = new MonitoringService(db, () -> LocalDate.of(2026, 11, 28));
            MonitoringPicture p = service.picture().join();
            assertEquals(List.of("2026 (vastgesteld)"), p.versions().stream().map(PlanVersion::label).toList());
            List<Difference> diff = service.compare(p.versions().get(0).id(), null).join();
            assertTrue(diff.contains(new Difference(Difference.Part.ACTION,
                    "Marktdag doelgroepenvervoer met vervoerders uit de regio", "Gepland, uiterlijk 28-02-2026",
                    "Gereed, uiterlijk 28-02-2026")), diff.toString());
            assertTrue(diff.stream().anyMatch(d -> d.part() == Difference.Part.ACTION && d.before().equals("(nog niet)")));
            assertTrue(diff.stream().noneMatch(d -> d.part() == Difference.Part.SPEND), "spend is the same");
            assertEquals(2, diff.stream().filter(d -> d.part() == Difference.Part.GOAL).count(), diff.toString());
            assertTrue(diff.stream().anyMatch(d -> d.part() == Difference.Part.GOAL && d.subject().startsWith("Meer mensen")
                    && d.before().startsWith("streefwaarde 20 ") && d.after().startsWith("streefwaarde 25 ")), diff.toString());
            assertEquals(2, p.reviews().size());
            assertEquals(LocalDate.of(2026, 12, 15), p.nextReview());
        }
    }

    @Test
    void spendPerProductGroupIsComparedByName() {
        PlanState before = new PlanState(List.of(), List.of(), Map.of("Schoonmaak", 100_000L, "ICT", 50_00L));
        PlanState after = new PlanState(List.of(), List.of(), Map.of("Schoonmaak", 150_000L, "ICT", 50_00L,
                "Wegen", 1_000_000_00L));
        assertEquals(List.of(new Difference(Difference.Part.SPEND, "Schoonmaak", "€ 1.000", "€ 1.500"),
                new Difference(Difference.Part.SPEND, "Wegen", "€ 0", "€ 1.000.000")),
                VersionComparison.compare(before, after));
    }
}
