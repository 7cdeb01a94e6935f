package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.EffectKind;
import nl.mviwerkboek.actions.tender.EffectTotals;
import nl.mviwerkboek.actions.ActionsPicture;

/** Everything the monitoring chapter shows: reviews (newest first), yearly versions, the actions, each goal's status and the effects of tenders. */
public record MonitoringPicture(List<Review> reviews, List<PlanVersion> versions, ActionsPicture actions,
                                List<GoalStatus> goals, List<Effect> effects, LocalDate today) {

    /** An empty picture, shown until the first read arrives. */
    public static MonitoringPicture empty() {
        return new MonitoringPicture(List.of(), List.of(), ActionsPicture.empty(), List.of(), List.of(), LocalDate.now());
    }

    /** The {@code kind} effects counted towards a goal, added up per unit ("40 ton CO2"), or empty. */
    public String effectsOf(long goalId, EffectKind kind) {
        return EffectTotals.of(effects, goalId, kind);
    }

    /** The next review date the latest review set, or null. */
    public LocalDate nextReview() {
        return reviews.isEmpty() ? null : reviews.get(0).nextOn();
    }

    /** The actions that changed since the review before {@code r} up to {@code r}. */
    public List<ChangedAction> changesFor(Review r) {
        int at = reviews.indexOf(r);
        LocalDate after = at < 0 || at + 1 >= reviews.size() ? null : reviews.get(at + 1).heldOn();
        return ChangedAction.between(actions.changes(), actions.actions(), after, r.heldOn());
    }

    /** The actions that changed since the latest review (or ever, without one) up to today: the next review's agenda. */
    public List<ChangedAction> changesSinceLastReview() {
        return ChangedAction.between(actions.changes(), actions.actions(),
                reviews.isEmpty() ? null : reviews.get(0).heldOn(), today);
    }

    /** The number of goals behind their straight line. */
    public long goalsBehind() {
        return goals.stream().filter(g -> g.trend() == GoalTrend.BEHIND).count();
    }
}
