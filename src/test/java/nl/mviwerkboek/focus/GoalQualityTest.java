package nl.mviwerkboek.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalQualityTest {

    private static Goal goal(String indicator, Double baseline, Integer baselineYear, Double target, Integer targetYear,
                             Long owner) {
        return new Goal(1, 1, "Doel", indicator, "%", baseline, baselineYear, target, targetYear, "", owner);
    }

    @Test
    void aCompleteGoalIsMeasurable() {
        Goal g = goal("Aandeel", 15.0, 2025, 60.0, 2029, 3L);
        assertTrue(GoalQuality.measurable(g));
        assertEquals("Meetbaar", GoalQuality.describe(g));
    }

    @Test
    void theClassicUnmeasurableGoalLacksEverything() {
        Goal g = new Goal(1, 1, "100% duurzaam inkopen", "", "", null, null, null, null, "", null);
        assertEquals(List.of(MissingPart.INDICATOR, MissingPart.BASELINE, MissingPart.TARGET, MissingPart.YEAR,
                MissingPart.OWNER), GoalQuality.missing(g));
        assertEquals("Ontbreekt: indicator, nulmeting, streefwaarde, jaartal, eigenaar", GoalQuality.describe(g));
    }

    @Test
    void eachMissingPartIsNamed() {
        assertEquals(List.of(MissingPart.INDICATOR), GoalQuality.missing(goal(" ", 1.0, 2025, 2.0, 2029, 1L)));
        assertEquals(List.of(MissingPart.BASELINE), GoalQuality.missing(goal("i", null, 2025, 2.0, 2029, 1L)));
        assertEquals(List.of(MissingPart.TARGET), GoalQuality.missing(goal("i", 1.0, 2025, null, 2029, 1L)));
        assertEquals(List.of(MissingPart.YEAR), GoalQuality.missing(goal("i", 1.0, null, 2.0, 2029, 1L)));
        assertEquals(List.of(MissingPart.YEAR), GoalQuality.missing(goal("i", 1.0, 2025, 2.0, null, 1L)));
        assertEquals(List.of(MissingPart.OWNER), GoalQuality.missing(goal("i", 1.0, 2025, 2.0, 2029, null)));
        assertFalse(GoalQuality.measurable(goal("i", 0.0, 2025, 0.0, 2029, null)));
        assertTrue(GoalQuality.measurable(goal("i", 0.0, 2025, 0.0, 2029, 1L)), "zero is a value");
    }
}
