package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.ProgressEntry;

/**
 * A goal's trend: the latest measurement compared with the straight line from the baseline (end of its
 * year) to the target (end of the target year). On track while the share of the way covered is at most
 * {@link #TOLERANCE} behind the share of the time passed.
 *
 * @param latest   the latest measured value, or null
 * @param expected where the straight line stands on the latest measurement's date, or null
 */
public record GoalStatus(Goal goal, GoalTrend trend, Double latest, Double expected) {

    /** How far (as a share of baseline to target) a goal may lag the straight line and still be on track. */
    public static final double TOLERANCE = 0.05;

    /** The status of a goal from its progress entries (in date order). */
    public static GoalStatus of(Goal g, List<ProgressEntry> entries) {
        if (g.baselineValue() == null || g.targetValue() == null || g.baselineYear() == null || g.targetYear() == null) {
            return new GoalStatus(g, GoalTrend.NOT_MEASURABLE, null, null);
        }
        if (entries.isEmpty()) {
            return new GoalStatus(g, GoalTrend.NO_MEASUREMENT, null, null);
        }
        ProgressEntry last = entries.get(entries.size() - 1);
        double span = g.targetValue() - g.baselineValue();
        double expected = g.baselineValue() + span * timeShare(g, last.date());
        if (span == 0) {
            return new GoalStatus(g, last.value() == g.targetValue() ? GoalTrend.REACHED : GoalTrend.BEHIND,
                    last.value(), expected);
        }
        double covered = (last.value() - g.baselineValue()) / span;
        GoalTrend trend = covered >= 1 ? GoalTrend.REACHED
                : covered >= timeShare(g, last.date()) - TOLERANCE ? GoalTrend.ON_TRACK : GoalTrend.BEHIND;
        return new GoalStatus(g, trend, last.value(), expected);
    }

    /** The share of the time from baseline to target passed on {@code day}, between 0 and 1. */
    static double timeShare(Goal g, LocalDate day) {
        LocalDate from = LocalDate.of(g.baselineYear(), 12, 31);
        LocalDate to = LocalDate.of(g.targetYear(), 12, 31);
        long total = ChronoUnit.DAYS.between(from, to);
        if (total <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(from, day) / (double) total));
    }
}
