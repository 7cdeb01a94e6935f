package nl.mviwerkboek.focus;

import java.util.List;

/**
 * The focus in numbers for the plan summary: focus themes (and those lacking a rationale or any
 * goal), goals, and how many of them are measurable.
 */
public record FocusCounts(long focusThemes, long withoutRationale, long withoutGoals, long goals,
                          long measurableGoals) {

    /** The counts of a picture; every goal counts, also one kept under a theme that left the focus. */
    public static FocusCounts of(FocusPicture p) {
        List<FocusTheme> chosen = p.chosen().stream().filter(f -> !f.theme().archived()).toList();
        List<Goal> goals = p.goals();
        return new FocusCounts(chosen.size(), chosen.stream().filter(f -> f.rationale().isBlank()).count(),
                chosen.stream().filter(f -> goals.stream().noneMatch(g -> g.themeId() == f.theme().id())).count(),
                goals.size(), GoalQuality.countMeasurable(goals));
    }

    /** Goals that are not measurable yet. */
    public long unmeasurableGoals() {
        return goals - measurableGoals;
    }
}
