package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action figures the overview and the command line report: total, overdue, due soon, and per status. */
public record ActionCounts(long actions, long overdue, long dueWithin30Days, Map<String, Long> byStatus) {

    /** Counts actions as they stand on {@code today}; every status is present, in order. */
    public static ActionCounts of(List<Action> actions, LocalDate today) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ActionStatus s : ActionStatus.values()) {
            byStatus.put(s.code(), actions.stream().filter(a -> a.status() == s).count());
        }
        return new ActionCounts(actions.size(), actions.stream().filter(a -> a.isOverdue(today)).count(),
                actions.stream().filter(a -> a.isDueBetween(today, today.plusDays(30))).count(),
                java.util.Collections.unmodifiableMap(byStatus));
    }
}
