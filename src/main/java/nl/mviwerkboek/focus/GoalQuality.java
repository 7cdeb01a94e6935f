package nl.mviwerkboek.focus;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * The measurability check of a goal: "meetbaar" when it has an indicator, a baseline and a target
 * with their years and an owner; otherwise the parts that are missing. The Overzicht counts the rest.
 */
public final class GoalQuality {

    private GoalQuality() {
    }

    /** The parts the goal still lacks, in a fixed order; empty when it is measurable. */
    public static List<MissingPart> missing(Goal g) {
        List<MissingPart> missing = new ArrayList<>();
        if (g.indicator() == null || g.indicator().isBlank()) {
            missing.add(MissingPart.INDICATOR);
        }
        if (g.baselineValue() == null) {
            missing.add(MissingPart.BASELINE);
        }
        if (g.targetValue() == null) {
            missing.add(MissingPart.TARGET);
        }
        if (g.baselineYear() == null || g.targetYear() == null) {
            missing.add(MissingPart.YEAR);
        }
        if (g.ownerId() == null) {
            missing.add(MissingPart.OWNER);
        }
        return missing;
    }

    /** Whether the goal lacks nothing. */
    public static boolean measurable(Goal g) {
        return missing(g).isEmpty();
    }

    /** "Meetbaar", or "Ontbreekt: indicator, nulmeting" in the user's language. */
    public static String describe(Goal g) {
        List<MissingPart> missing = missing(g);
        return missing.isEmpty() ? Messages.get("goal.quality.ok") : Messages.get("goal.quality.missing",
                missing.stream().map(MissingPart::label).collect(Collectors.joining(", ")));
    }

    /** How many of the goals are measurable. */
    public static long countMeasurable(List<Goal> goals) {
        return goals.stream().filter(GoalQuality::measurable).count();
    }
}
