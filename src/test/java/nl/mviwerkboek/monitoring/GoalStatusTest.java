package nl.mviwerkboek.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.ProgressEntry;
import org.junit.jupiter.api.Test;

class GoalStatusTest {

    private static final Goal RISING = new Goal(1, 1, "Meer plaatsen", "Plaatsingen", "", 10.0, 2025, 30.0, 2029, "", 1L);
    private static final Goal FALLING = new Goal(2, 1, "Minder CO2", "CO2", "ton", 1000.0, 2025, 600.0, 2029, "", 1L);

    private static List<ProgressEntry> at(LocalDate day, double value) {
        return List.of(new ProgressEntry(0, 1, day, value, ""));
    }

    @Test
    void theLatestMeasurementIsComparedWithTheStraightLineFromBaselineToTarget() {
        LocalDate halfway = LocalDate.of(2027, 12, 31);
        assertEquals(GoalTrend.ON_TRACK, GoalStatus.of(RISING, at(halfway, 20)).trend(), "exactly on the line");
        assertEquals(20.0, GoalStatus.of(RISING, at(halfway, 20)).expected(), 0.01);
        assertEquals(GoalTrend.ON_TRACK, GoalStatus.of(RISING, at(halfway, 19.2)).trend(), "within 5% of the way");
        assertEquals(GoalTrend.BEHIND, GoalStatus.of(RISING, at(halfway, 18)).trend());
        assertEquals(GoalTrend.REACHED, GoalStatus.of(RISING, at(halfway, 31)).trend());
        assertEquals(GoalTrend.ON_TRACK, GoalStatus.of(FALLING, at(halfway, 790)).trend(), "a falling target");
        assertEquals(GoalTrend.BEHIND, GoalStatus.of(FALLING, at(halfway, 900)).trend());
        assertEquals(GoalTrend.BEHIND, GoalStatus.of(RISING, at(LocalDate.of(2030, 6, 1), 28)).trend(),
                "after the target year the whole way is expected");
    }

    @Test
    void goalsWithoutMeasurementOrBaselineSayWhy() {
        assertEquals(GoalTrend.NO_MEASUREMENT, GoalStatus.of(RISING, List.of()).trend());
        Goal vague = new Goal(3, 1, "100% duurzaam", "", "", null, null, 100.0, 2029, "", null);
        assertEquals(GoalTrend.NOT_MEASURABLE, GoalStatus.of(vague, at(LocalDate.of(2026, 1, 1), 50)).trend());
    }
}
