package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileViewModelTest {

    @TempDir
    Path dir;
    private PlanDatabase db;
    private ProfileService service;
    private ProfileViewModel vm;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = TestPlans.sample(dir, "plan.mviplan");
        service = new ProfileService(db);
        vm = new ProfileViewModel(service, new UiCallbacks(Runnable::run, errors::add), () -> LocalDate.of(2026, 11, 27));
        vm.load().join();
    }

    @AfterEach
    void close() {
        db.close();
        assertEquals(List.of(), errors);
    }

    @Test
    void loadsTheProfileInDutchFormats() {
        assertEquals("Voorbeeldgemeente", vm.nameProperty().get());
        assertEquals("34.800", vm.inhabitantsProperty().get());
        assertEquals("45.000", vm.budgetProperty().get());
        assertEquals("16", vm.capacityProperty().get());
        assertTrue(vm.themeSetTextProperty().get().startsWith("Manifest MVOI 2022–2025 (6 thema's in gebruik"));
    }

    @Test
    void everyValidEditIsSavedWhenCommitted() {
        typed(vm.nameProperty(), "Gemeente Zuidoord");
        typed(vm.inhabitantsProperty(), "41.250");
        typed(vm.budgetProperty(), "€ 60.000,50");
        typed(vm.capacityProperty(), "12,5");
        typed(vm.commissionerProperty(), "");
        vm.typeProperty().set(OrganisationType.ANDERS);
        vm.lastSave().join();
        PlanProfile stored = service.load().join();
        assertEquals("Gemeente Zuidoord", stored.organisationName());
        assertEquals(41_250, stored.inhabitants());
        assertEquals(6_000_050L, stored.budgetCents());
        assertEquals(12.5, stored.capacityHoursPerWeek());
        assertNull(stored.commissioner());
        assertEquals(OrganisationType.ANDERS, stored.organisationType());
    }

    @Test
    void invalidFieldShowsADutchMessageAndKeepsItsLastSavedValue() {
        typed(vm.nameProperty(), "");
        typed(vm.inhabitantsProperty(), "veel");
        assertEquals("Vul de naam van je organisatie in.", vm.errors().name().get());
        assertEquals("Vul een heel getal in met alleen cijfers, bijvoorbeeld 28400 of 28.400.", vm.errors().inhabitants().get());
        typed(vm.capacityProperty(), "20");
        vm.lastSave().join();
        PlanProfile stored = service.load().join();
        assertEquals("Voorbeeldgemeente", stored.organisationName());
        assertEquals(34_800, stored.inhabitants());
        assertEquals(20.0, stored.capacityHoursPerWeek());
        typed(vm.nameProperty(), "Voorbeeldgemeente-Noord");
        assertEquals("", vm.errors().name().get());
    }

    @Test
    void editingOneFieldNeverChangesTheOthersThroughRounding() {
        PlanProfile exact = new PlanProfile("Voorbeeldgemeente", OrganisationType.GEMEENTE, 34_800, 2026, 2029,
                ThemeSet.MANIFEST_2022, null, null, 2_500_050L, 12.25, true);
        service.save(exact).join();
        vm.load().join();
        assertEquals("25.000,50", vm.budgetProperty().get());
        assertEquals("12,25", vm.capacityProperty().get());
        assertEquals(List.of(), errors);
        typed(vm.commissionerProperty(), "Burgemeester");
        vm.lastSave().join();
        PlanProfile stored = service.load().join();
        assertEquals(2_500_050L, stored.budgetCents());
        assertEquals(12.25, stored.capacityHoursPerWeek());
        assertEquals("Burgemeester", stored.commissioner());
    }

    @Test
    void periodIsSavedOnlyWhenBothYearsFitTogether() {
        typed(vm.periodEndProperty(), "2025");
        assertEquals("Het laatste jaar ligt vóór het eerste jaar. Kies een later jaar.", vm.errors().periodEnd().get());
        typed(vm.periodEndProperty(), "2036");
        assertTrue(vm.errors().periodEnd().get().contains("tien jaar"));
        typed(vm.periodEndProperty(), "2030");
        vm.lastSave().join();
        assertEquals(2030, service.load().join().periodEnd());
        assertEquals("", vm.errors().periodEnd().get());
    }

    @Test
    void signingDateInTheFutureIsRefused() {
        vm.signedOnProperty().set(LocalDate.of(2027, 1, 1));
        assertTrue(vm.errors().signedOn().get().contains("toekomst"));
        vm.signedOnProperty().set(LocalDate.of(2024, 6, 1));
        vm.lastSave().join();
        assertEquals(LocalDate.of(2024, 6, 1), service.load().join().manifestSignedOn());
    }

    @Test
    void numbersTypedWithoutThousandsDotsAreSavedWhenCommitted() {
        for (String typed : new String[] {"", "2", "28", "284", "2840", "28400"}) {
            vm.inhabitantsProperty().set(typed);
        }
        vm.inhabitantsProperty().commit();
        for (String typed : new String[] {"", "4", "40", "400", "4000", "40000"}) {
            vm.budgetProperty().set(typed);
        }
        vm.budgetProperty().commit();
        vm.lastSave().join();
        assertEquals("", vm.errors().inhabitants().get());
        assertEquals("", vm.errors().budget().get());
        PlanProfile stored = service.load().join();
        assertEquals(28_400, stored.inhabitants());
        assertEquals(4_000_000L, stored.budgetCents());
        typed(vm.budgetProperty(), "€40.000,-");
        vm.lastSave().join();
        assertEquals(4_000_000L, service.load().join().budgetCents());
        vm.load().join();
        assertEquals("28.400", vm.inhabitantsProperty().get());
        assertEquals("40.000", vm.budgetProperty().get());
    }

    @Test
    void ambiguousNumbersAreRefusedWithTheirReasonAndTheOldValueStays() {
        typed(vm.inhabitantsProperty(), "1.5");
        typed(vm.budgetProperty(), "40.00");
        typed(vm.periodStartProperty(), "2.026");
        vm.lastSave().join();
        assertTrue(vm.errors().inhabitants().get().startsWith("Een punt scheidt alleen groepen van drie cijfers"));
        assertTrue(vm.errors().budget().get().contains("12,50 (twaalf euro vijftig)"));
        assertEquals("Vul een jaartal in van vier cijfers, bijvoorbeeld 2026.", vm.errors().periodStart().get());
        PlanProfile stored = service.load().join();
        assertEquals(34_800, stored.inhabitants());
        assertEquals(4_500_000L, stored.budgetCents());
        assertEquals(2026, stored.periodStart());
    }

    @Test
    void whatIsTypedIsCheckedAtOnceButSavedOnlyWhenCommitted() {
        for (String typed : new String[] {"1", "1.", "1.5"}) {
            vm.inhabitantsProperty().set(typed);
            vm.lastSave().join();
            assertEquals(34_800, service.load().join().inhabitants(), "stored while typing " + typed);
        }
        assertTrue(vm.errors().inhabitants().get().startsWith("Een punt scheidt alleen groepen van drie cijfers"));
        vm.inhabitantsProperty().commit();
        vm.lastSave().join();
        assertEquals(34_800, service.load().join().inhabitants());
        for (String typed : new String[] {"2", "28", "28.", "28.4"}) {
            vm.inhabitantsProperty().set(typed);
        }
        vm.inhabitantsProperty().commit();
        vm.lastSave().join();
        assertEquals(34_800, service.load().join().inhabitants());
        for (String typed : new String[] {"28.40", "28.400"}) {
            vm.inhabitantsProperty().set(typed);
        }
        assertEquals("", vm.errors().inhabitants().get());
        vm.lastSave().join();
        assertEquals(34_800, service.load().join().inhabitants());
        vm.inhabitantsProperty().commit();
        vm.lastSave().join();
        assertEquals(28_400, service.load().join().inhabitants());
    }

    private static void typed(TypedText field, String text) {
        field.set(text);
        field.commit();
    }
}
