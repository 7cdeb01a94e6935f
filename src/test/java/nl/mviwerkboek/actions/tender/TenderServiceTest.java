package nl.mviwerkboek.actions.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tender's criteria, consultations, outcome and effects, stored in a real plan file. */
class TenderServiceTest {

    @TempDir
    Path dir;

    @Test
    void aTenderFileSurvivesReopeningAndGoesWithItsAction() throws Exception {
        Path file;
        long tender;
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            file = db.file();
            ActionService actions = new ActionService(db, () -> LocalDate.of(2026, 6, 1));
            tender = actions.add(Action.blank("Aanbesteding catering", ActionKind.AANBESTEDING)).join().actions().get(0).id();
            TenderService s = new TenderService(db);
            s.add(new TenderCriterion(0, tender, CriterionType.GUNNINGSCRITERIUM, null, AmbitionLevel.of(2), "3.1",
                    "Biologisch aandeel")).join();
            s.add(new MarketConsultation(0, tender, LocalDate.of(2026, 3, 1), ConsultationForm.MARKTDAG, "Drie cateraars",
                    "Seizoensmenu kan", "Eis versoepeld")).join();
            s.saveOutcome(tender, "50% biologisch", "Minder voedselkilometers").join();
            TenderFile f = s.add(new Effect(0, tender, null, null, EffectKind.VERWACHT, "Biologisch aandeel", 50.0, "%",
                    "Inschrijving")).join();
            assertEquals(1, f.criteria().size());
            assertEquals("Drie cateraars", f.consultations().get(0).parties());
            assertEquals("50% biologisch", f.offered());
        }
        try (PlanDatabase db = TestPlans.files(dir).open(file)) {
            TenderFile f = new TenderService(db).file(tender).join();
            assertEquals(List.of("Biologisch aandeel"), f.criteria().stream().map(TenderCriterion::text).toList());
            assertEquals(AmbitionLevel.of(2), f.criteria().get(0).ambition());
            assertEquals("3.1", f.criteria().get(0).toolNumber());
            assertEquals(LocalDate.of(2026, 3, 1), f.consultations().get(0).date());
            assertEquals("Minder voedselkilometers", f.expected());
            assertEquals(50.0, f.effects().get(0).value());
            ActionService actions = new ActionService(db, LocalDate::now);
            actions.delete(actions.picture().join().actions().get(0)).join();
            assertEquals(TenderFile.empty(tender), new TenderService(db).file(tender).join(),
                    "deleting the action deletes its tender file");
        }
    }

    @Test
    void effectsAddUpPerUnitForAGoal() {
        List<Effect> effects = List.of(
                new Effect(1, 1L, null, 7L, EffectKind.GEREALISEERD, "a", 18.0, "ton CO2", ""),
                new Effect(2, 2L, null, 7L, EffectKind.GEREALISEERD, "b", 2.5, "ton CO2", ""),
                new Effect(3, 2L, null, 7L, EffectKind.GEREALISEERD, "c", 6.0, "plaatsen", ""),
                new Effect(4, 2L, null, 7L, EffectKind.VERWACHT, "d", 40.0, "ton CO2", ""),
                new Effect(5, 2L, null, 8L, EffectKind.GEREALISEERD, "e", 1.0, "ton CO2", ""),
                new Effect(6, 2L, null, 7L, EffectKind.GEREALISEERD, "f", null, "", ""));
        assertEquals("20,5 ton CO2; 6 plaatsen", EffectTotals.of(effects, 7, EffectKind.GEREALISEERD));
        assertEquals("40 ton CO2", EffectTotals.of(effects, 7, EffectKind.VERWACHT));
        assertEquals("", EffectTotals.of(effects, 9, EffectKind.VERWACHT));
    }
}
