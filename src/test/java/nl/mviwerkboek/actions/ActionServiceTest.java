package nl.mviwerkboek.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.FocusService;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionServiceTest {

    @TempDir
    Path dir;

    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 5, 1));

    @Test
    void actionsAreStoredWithEveryFieldTheirLogAndTheirStatusHistory() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            Stakeholder owner = new StakeholderService(db).add(new Stakeholder(0, "Noor", StakeholderRole.BUDGETHOUDER,
                    "", Involvement.UITVOEREN, "", "")).join();
            ActionService service = new ActionService(db, today::get);
            ActionsPicture p = service.picture().join();
            long theme = p.themes().get(0).id();
            long group = p.groups().get(0).id();
            Action a = new Action(0, "Criteria schoonmaak", "Met de regio", ActionKind.AANBESTEDING, theme, null, group,
                    null, owner.id(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), ActionStatus.BEZIG,
                    InstrumentLevel.AANMOEDIGEN, AmbitionLevel.SIGNIFICANT);
            p = service.add(a).join();
            Action stored = p.actions().get(0);
            assertEquals(a.withId(stored.id()), stored);
            assertTrue(stored.isOverdue(today.get()), "due 30-04, still open on 01-05");

            today.set(LocalDate.of(2026, 5, 3));
            p = service.addNote(stored.id(), "  Marktconsultatie gepland ").join();
            assertEquals("Marktconsultatie gepland", p.notesOf(stored.id()).get(0).text());
            assertEquals(LocalDate.of(2026, 5, 3), p.notesOf(stored.id()).get(0).date());
            p = service.setStatus(List.of(stored), ActionStatus.GEREED).join();
            assertFalse(p.actions().get(0).isOverdue(today.get()));
            assertEquals(List.of(new ActionChange(stored.id(), LocalDate.of(2026, 5, 1), null, ActionStatus.BEZIG),
                    new ActionChange(stored.id(), LocalDate.of(2026, 5, 3), ActionStatus.BEZIG, ActionStatus.GEREED)),
                    p.changes());

            new StakeholderService(db).delete(owner).join();
            assertNull(service.picture().join().actions().get(0).ownerId(), "the owner may leave");
            p = service.delete(p.actions().get(0)).join();
            assertTrue(p.actions().isEmpty());
            assertTrue(p.notes().isEmpty() && p.changes().isEmpty(), "log and history go with the action");
        }
    }

    @Test
    void filtersSelectByStatusOwnerThemeKindOverdueAndQuarter() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        Action late = Action.blank("Te laat", ActionKind.KENNIS).withDue(LocalDate.of(2026, 3, 15)).withOwner(7L);
        Action thisQuarter = Action.blank("Juni", ActionKind.AANBESTEDING).withDue(LocalDate.of(2026, 6, 30));
        Action doneLate = late.withStatus(ActionStatus.GEREED);
        List<Action> all = List.of(late, thisQuarter, doneLate);
        assertEquals(List.of(late), all.stream().filter(new ActionFilter(null, null, null, null, true, false).on(day)).toList());
        assertEquals(List.of(thisQuarter), all.stream().filter(new ActionFilter(null, null, null, null, false, true).on(day)).toList());
        assertEquals(List.of(late, doneLate), all.stream().filter(new ActionFilter(null, 7L, null, null, false, false).on(day)).toList());
        assertEquals(List.of(doneLate), all.stream().filter(new ActionFilter(ActionStatus.GEREED, null, null, ActionKind.KENNIS,
                false, false).on(day)).toList());
        ActionCounts counts = ActionCounts.of(all, day);
        assertEquals(1, counts.overdue());
        assertEquals(0, counts.dueWithin30Days());
        assertEquals(2L, counts.byStatus().get("gepland"));
        assertEquals(List.of("gepland", "bezig", "gereed", "uitgesteld", "geschrapt"), List.copyOf(counts.byStatus().keySet()));
    }

    @Test
    void suggestionsComeFromThePlanAndAreRememberedWhenAnswered() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            FocusService focus = new FocusService(db);
            FocusTheme climate = focus.picture().join().themes().stream()
                    .filter(f -> f.theme().name().equals("Klimaat")).findFirst().orElseThrow();
            long roads = focus.picture().join().groups().stream().filter(g -> g.code().equals("wegen")).findFirst()
                    .orElseThrow().id();
            focus.saveFocus(new FocusTheme(climate.theme(), true, AmbitionLevel.AMBITIEUS, "", List.of(roads))).join();
            focus.addGoal(new Goal(0, climate.theme().id(), "Minder CO2", "", "", null, null, null, null, "", null)).join();
            long contract = db.write(c -> new ContractStorage().save(c, new Contract(0, "Onderhoud wegen", "Jansen",
                    roads, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), 0, "", 0, false, false, "", ""))).join();
            db.write(c -> new ContractStorage().save(c, new Contract(0, "Na de planperiode", "X", roads,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2031, 12, 31), 0, "", 0, false, false, "", ""))).join();

            ActionService service = new ActionService(db, today::get);
            List<Suggestion> open = service.picture().join().suggestions();
            assertEquals(List.of("tender:" + contract, "goal-owner:1", "goal-action:1", "theme-action:" + climate.theme().id(),
                    "budget-holder"), open.stream().map(Suggestion::key).toList());
            Suggestion tender = open.get(0);
            assertEquals("MVI-criteria opnemen in de aanbesteding van Onderhoud wegen", tender.proposal().title());
            assertEquals(LocalDate.of(2027, 6, 30), tender.proposal().due(), "six months before the contract ends");
            assertEquals(AmbitionLevel.AMBITIEUS, tender.proposal().ambition());

            ActionsPicture p = service.accept(tender, tender.proposal().withOwner(null)).join();
            assertEquals(contract, p.actions().get(0).contractId());
            assertEquals(List.of("goal-owner:1", "goal-action:1", "budget-holder"),
                    p.suggestions().stream().map(Suggestion::key).toList(), "the tender action covers the theme too");
            p = service.dismiss(p.suggestions().get(2)).join();
            assertEquals(2, p.suggestions().size());
            assertEquals(2, new ActionService(db, today::get).picture().join().suggestions().size(), "remembered");
            assertEquals(3, service.restoreDismissed().join().suggestions().size());
        }
    }
}
