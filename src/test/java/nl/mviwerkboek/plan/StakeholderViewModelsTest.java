package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StakeholderViewModelsTest {

    @TempDir
    Path dir;

    @Test
    void addChangeAndDeleteKeepTheListAndSelectionInStep() throws Exception {
        List<Throwable> errors = new ArrayList<>();
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            StakeholdersViewModel vm = new StakeholdersViewModel(new StakeholderService(db),
                    new UiCallbacks(Runnable::run, errors::add));
            vm.load().join();
            assertTrue(vm.items().isEmpty());
            assertTrue(vm.missingRoles().get().contains("Bestuurder / management"));

            vm.add(new Stakeholder(0, "Bram", StakeholderRole.BESTUURDER, "", Involvement.BESLISSEN, "", "")).join();
            assertEquals("Bram", vm.selectedProperty().get().name());
            assertTrue(vm.hasSelection().get());
            Stakeholder bram = vm.selectedProperty().get();

            vm.update(new Stakeholder(bram.id(), "Bram Kok", StakeholderRole.BESTUURDER, "College",
                    Involvement.BESLISSEN, "", "")).join();
            assertEquals("Bram Kok", vm.items().get(0).name());
            assertEquals(bram.id(), vm.selectedProperty().get().id());
            assertFalse(vm.missingRoles().get().contains("Bestuurder"));

            vm.delete(vm.selectedProperty().get()).join();
            assertTrue(vm.items().isEmpty());
            assertNull(vm.selectedProperty().get());
            assertEquals(0, new StakeholderService(db).list().join().size());
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void formChecksNameRoleAndEmail() {
        StakeholderFormViewModel form = StakeholderFormViewModel.forNew();
        assertFalse(form.valid().get());
        assertEquals("Vul een naam in.", form.nameError().get());
        form.nameProperty().set("  Ilse  ");
        form.roleProperty().set(StakeholderRole.COMMUNICATIE);
        form.emailProperty().set("ilse@");
        assertFalse(form.valid().get());
        assertTrue(form.emailError().get().startsWith("Dit is geen geldig e-mailadres"));
        form.emailProperty().set("ilse@gemeente.nl");
        assertTrue(form.valid().get());
        Stakeholder result = form.result().orElseThrow();
        assertEquals("Ilse", result.name());
        assertEquals(0, result.id());
        assertTrue(form.isNew());
    }

    @Test
    void newPlanWizardChecksNameAndPeriod() {
        NewPlanViewModel wizard = new NewPlanViewModel(2026);
        assertEquals("2029", wizard.periodEndProperty().get());
        assertFalse(wizard.valid().get());
        wizard.nameProperty().set("Gemeente West");
        assertTrue(wizard.valid().get());
        wizard.periodEndProperty().set("2020");
        assertFalse(wizard.valid().get());
        assertTrue(wizard.periodError().get().contains("vóór"));
        wizard.periodEndProperty().set("2030");
        wizard.themeSetProperty().set(ThemeSet.REPORT_2018);
        assertEquals(PlanProfile.of("Gemeente West", OrganisationType.GEMEENTE, 2026, 2030, ThemeSet.REPORT_2018),
                wizard.result().orElseThrow());
    }
}
