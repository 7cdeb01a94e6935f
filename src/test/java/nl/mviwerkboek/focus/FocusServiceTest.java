package nl.mviwerkboek.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.plan.ThemeService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FocusServiceTest {

    @TempDir
    Path dir;

    @Test
    void aThemeLeavingTheFocusKeepsItsAmbitionRationaleGroupsAndGoals() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            FocusService service = new FocusService(db);
            FocusPicture p = service.picture().join();
            assertEquals(6, p.themes().size());
            assertTrue(p.chosen().isEmpty());
            FocusTheme climate = focus(p, "Klimaat");
            long roads = p.groups().stream().filter(g -> g.code().equals("wegen")).findFirst().orElseThrow().id();
            FocusTheme chosen = new FocusTheme(climate.theme(), true, AmbitionLevel.AMBITIEUS, "Klimaatagenda",
                    List.of(roads));
            service.saveFocus(chosen).join();
            service.addGoal(new Goal(0, climate.theme().id(), "Minder CO2", "", "", null, null, null, null, "", null))
                    .join();

            FocusPicture off = service.saveFocus(chosen.withChosen(false)).join();
            assertTrue(off.chosen().isEmpty());
            assertEquals(1, off.goals().size(), "goals stay when the theme leaves the focus");
            FocusPicture back = service.saveFocus(focus(off, "Klimaat").withChosen(true)).join();
            assertEquals(List.of(chosen), back.chosen());
        }
    }

    @Test
    void goalsAreAddedChangedAndDeletedWithTheirProgressAndTheOwnerMayLeave() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            Stakeholder owner = new StakeholderService(db).add(new Stakeholder(0, "Noor", StakeholderRole.BUDGETHOUDER,
                    "", Involvement.UITVOEREN, "", "")).join();
            FocusService service = new FocusService(db);
            long theme = focus(service.picture().join(), "Social return").theme().id();
            Goal goal = new Goal(0, theme, "Meer SROI-plaatsen", "Aantal plaatsingen", "plaatsingen", 12.0, 2025,
                    25.0, 2029, "SROI-monitor", owner.id());
            FocusPicture p = service.addGoal(goal).join();
            Goal stored = p.goals().get(0);
            assertEquals(goal.withId(stored.id()), stored);
            assertTrue(GoalQuality.measurable(stored));

            p = service.addProgress(new ProgressEntry(0, stored.id(), LocalDate.of(2026, 6, 30), 9, "Halfjaar")).join();
            p = service.addProgress(new ProgressEntry(0, stored.id(), LocalDate.of(2026, 3, 31), 4.5, "")).join();
            assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)),
                    p.progressOf(stored.id()).stream().map(ProgressEntry::date).toList(), "by date");
            p = service.deleteProgress(p.progressOf(stored.id()).get(0)).join();
            assertEquals(List.of(9.0), p.progressOf(stored.id()).stream().map(ProgressEntry::value).toList());

            new StakeholderService(db).delete(owner).join();
            Goal ownerless = service.picture().join().goals().get(0);
            assertEquals(null, ownerless.ownerId());
            assertEquals(List.of(MissingPart.OWNER), GoalQuality.missing(ownerless));

            Goal changed = new Goal(stored.id(), theme, "Meer plaatsen", "", "", null, null, 30.0, 2029, "", null);
            assertEquals(List.of(changed), service.updateGoal(changed).join().goals());
            p = service.deleteGoal(changed).join();
            assertTrue(p.goals().isEmpty());
            assertTrue(p.progress().isEmpty(), "progress goes with its goal");
        }
    }

    @Test
    void archivedThemesLeaveTheListUnlessChosenAndCountsFollow() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            FocusService service = new FocusService(db);
            FocusPicture p = service.picture().join();
            FocusTheme circular = focus(p, "Circulair (incl. biobased)");
            FocusTheme diversity = focus(p, "Diversiteit en inclusie");
            service.saveFocus(new FocusTheme(circular.theme(), true, AmbitionLevel.SIGNIFICANT, "", List.of())).join();
            service.addGoal(new Goal(0, circular.theme().id(), "100% circulair", "", "", null, null, null, null, "",
                    null)).join();
            ThemeService themes = new ThemeService(db);
            themes.setArchived(diversity.theme(), true).join();
            p = service.picture().join();
            assertFalse(p.themes().stream().anyMatch(f -> f.theme().id() == diversity.theme().id()));
            assertEquals(new FocusCounts(1, 1, 0, 1, 0), FocusCounts.of(p));
            assertEquals(1, FocusCounts.of(p).unmeasurableGoals());

            themes.setArchived(circular.theme(), true).join();
            p = service.picture().join();
            assertTrue(p.themes().stream().anyMatch(f -> f.theme().id() == circular.theme().id() && f.chosen()),
                    "a chosen theme that is archived stays visible, so it can be taken out of the focus");
            assertEquals(0, FocusCounts.of(p).focusThemes());
        }
    }

    private static FocusTheme focus(FocusPicture p, String name) {
        return p.themes().stream().filter(f -> f.theme().name().equals(name)).findFirst().orElseThrow();
    }
}
