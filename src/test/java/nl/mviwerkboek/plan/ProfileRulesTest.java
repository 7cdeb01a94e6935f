package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    @Test
    void nameIsRequired() {
        assertEquals(Optional.of("validation.name.required"), ProfileRules.checkName("  "));
        assertEquals(Optional.of("validation.name.tooLong"), ProfileRules.checkName("x".repeat(121)));
        assertTrue(ProfileRules.checkName("Gemeente Oost").isEmpty());
    }

    @Test
    void inhabitantsAcceptThousandsDots() {
        assertTrue(ProfileRules.checkInhabitants("32.500").isEmpty());
        assertTrue(ProfileRules.checkInhabitants("").isEmpty());
        assertTrue(ProfileRules.checkInhabitants("28400").isEmpty(), "without thousands dots too");
        assertEquals(Optional.of("input.number.notWhole"), ProfileRules.checkInhabitants("32,5"));
        assertEquals(Optional.of("input.number.dots"), ProfileRules.checkInhabitants("1.5"));
        assertEquals(Optional.of("validation.inhabitants.invalid"), ProfileRules.checkInhabitants("0"));
        assertEquals(Optional.of(32_500L), ProfileRules.parseWholeNumber("32.500"));
    }

    @Test
    void periodMustBeOrderedAndAtMostTenYears() {
        assertEquals(Optional.of("validation.year.invalid"), ProfileRules.checkYear("26"));
        assertEquals(Optional.of("validation.year.invalid"), ProfileRules.checkYear("2.026"), "no crash later");
        assertEquals(Optional.of(2026), ProfileRules.year(" 2026 "));
        assertEquals(Optional.of("validation.period.endBeforeStart"), ProfileRules.checkPeriod(2029, 2026));
        assertEquals(Optional.of("validation.period.tooLong"), ProfileRules.checkPeriod(2026, 2036));
        assertTrue(ProfileRules.checkPeriod(2026, 2035).isEmpty());
    }

    @Test
    void signingDateBudgetAndCapacity() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertEquals(Optional.of("validation.signedOn.future"), ProfileRules.checkSignedOn(today.plusDays(1), today));
        assertTrue(ProfileRules.checkSignedOn(today, today).isEmpty());
        assertTrue(ProfileRules.checkBudget("€ 45.000").isEmpty());
        assertTrue(ProfileRules.checkBudget("40000").isEmpty());
        assertEquals(Optional.of("input.amount.dot"), ProfileRules.checkBudget("40.00"));
        assertEquals(Optional.of("validation.budget.invalid"), ProfileRules.checkBudget("-5"));
        assertTrue(ProfileRules.checkCapacity("12,5").isEmpty());
        assertEquals(Optional.of("validation.capacity.invalid"), ProfileRules.checkCapacity("81"));
        assertEquals(Optional.of("input.decimal.dot"), ProfileRules.checkCapacity("12.5"));
        assertEquals(Optional.of("input.decimal.invalid"), ProfileRules.checkCapacity("12 uur"));
    }
}
