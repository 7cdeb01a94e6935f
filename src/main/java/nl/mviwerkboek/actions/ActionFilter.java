package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.function.Predicate;

/** Which actions the table shows: by status, owner, theme and kind (null for any), and overdue or due this quarter only. */
public record ActionFilter(ActionStatus status, Long ownerId, Long themeId, ActionKind kind, boolean overdueOnly,
                           boolean thisQuarterOnly) {

    /** Every action. */
    public static final ActionFilter ALL = new ActionFilter(null, null, null, null, false, false);

    /** The test for one day's view of the list. */
    public Predicate<Action> on(LocalDate today) {
        Quarter quarter = Quarter.of(today);
        return a -> (status == null || a.status() == status)
                && (ownerId == null || ownerId.equals(a.ownerId()))
                && (themeId == null || themeId.equals(a.themeId()))
                && (kind == null || a.kind() == kind)
                && (!overdueOnly || a.isOverdue(today))
                && (!thisQuarterOnly || a.status().isOpen() && quarter.contains(a.due()));
    }
}
