package nl.mviwerkboek.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.Theme;
import org.junit.jupiter.api.Test;

class GoalFormViewModelTest {

    private final Theme climate = new Theme(7, "Klimaat", 1, false);
    private final Stakeholder noor = new Stakeholder(3, "Noor", StakeholderRole.BUDGETHOUDER, "", Involvement.UITVOEREN,
            "", "");

    private GoalFormViewModel form() {
        return new GoalFormViewModel(GoalFormViewModel.blank(7), List.of(climate), List.of(noor));
    }

    @Test
    void aStatementIsEnoughToSaveAndTheQualitySaysWhatIsMissing() {
        GoalFormViewModel vm = form();
        assertFalse(vm.valid().get());
        assertEquals("Schrijf op wat je wilt bereiken.", vm.statementError().get());
        vm.statementProperty().set("100% duurzaam inkopen");
        assertTrue(vm.valid().get());
        assertEquals("Ontbreekt: indicator, nulmeting, streefwaarde, jaartal, eigenaar", vm.quality().get());
        vm.indicatorProperty().set("Aandeel duurzame contracten");
        vm.baselineValueProperty().set("1.250,5");
        vm.baselineYearProperty().set("2025");
        vm.targetValueProperty().set("60");
        vm.targetYearProperty().set("2029");
        vm.ownerProperty().set(noor);
        assertEquals("Meetbaar", vm.quality().get());
        assertEquals(Optional.of(new Goal(0, 7, "100% duurzaam inkopen", "Aandeel duurzame contracten", "", 1250.5,
                2025, 60.0, 2029, "", 3L)), vm.result());
    }

    @Test
    void numbersAndYearsAreCheckedWithDutchMessages() {
        GoalFormViewModel vm = form();
        vm.statementProperty().set("Minder CO2");
        vm.baselineValueProperty().set("veel");
        assertEquals("Vul een getal in, bijvoorbeeld 40, 12,5 of 1.250.", vm.baselineValueError().get());
        vm.baselineValueProperty().set("12.5");
        assertEquals("Schrijf een decimaal getal met een komma, bijvoorbeeld 12,5. Een punt scheidt alleen groepen "
                + "van drie cijfers, zoals in 1.250.", vm.baselineValueError().get());
        assertFalse(vm.valid().get());
        assertEquals("", vm.quality().get());
        vm.baselineValueProperty().set("420");
        vm.targetYearProperty().set("29");
        assertEquals("\"29\" is geen jaartal. Gebruik vier cijfers, bijvoorbeeld 2026.", vm.targetYearError().get());
        vm.baselineYearProperty().set("2026");
        vm.targetYearProperty().set("2025");
        assertEquals("Het jaar van de streefwaarde ligt voor dat van de nulmeting.", vm.targetYearError().get());
        vm.targetYearProperty().set("2029");
        assertTrue(vm.valid().get());
    }

    @Test
    void anExistingGoalFillsTheFormInDutchNotation() {
        Goal g = new Goal(5, 7, "Wagenpark", "Aandeel", "%", 12.5, 2025, 60.0, 2029, "Lijst", 3L);
        GoalFormViewModel vm = new GoalFormViewModel(g, List.of(climate), List.of(noor));
        assertEquals("12,5", vm.baselineValueProperty().get());
        assertEquals("60", vm.targetValueProperty().get());
        assertEquals(noor, vm.ownerProperty().get());
        assertEquals(climate, vm.themeProperty().get());
        assertEquals(Optional.of(g), vm.result());
    }
}
