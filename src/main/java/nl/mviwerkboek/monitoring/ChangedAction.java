package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionChange;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.shared.i18n.Messages;

/** An action that changed in a period: its status at the start (null when added in the period) and at the end. */
public record ChangedAction(Action action, ActionStatus before, ActionStatus after) {

    /** The actions changed after {@code after} (exclusive, null for since the start) up to {@code until} (inclusive). */
    public static List<ChangedAction> between(List<ActionChange> changes, List<Action> actions, LocalDate after,
                                              LocalDate until) {
        Map<Long, ActionStatus> first = new LinkedHashMap<>();
        Map<Long, ActionStatus> last = new LinkedHashMap<>();
        for (ActionChange ch : changes) {
            if ((after == null || ch.date().isAfter(after)) && !ch.date().isAfter(until)) {
                if (!first.containsKey(ch.actionId())) {
                    first.put(ch.actionId(), ch.before());
                }
                last.put(ch.actionId(), ch.after());
            }
        }
        List<ChangedAction> result = new ArrayList<>();
        for (Action a : actions) {
            if (last.containsKey(a.id())) {
                result.add(new ChangedAction(a, first.get(a.id()), last.get(a.id())));
            }
        }
        result.sort(Comparator.comparing(c -> c.action().title()));
        return result;
    }

    /** "Toegevoegd (gepland)", "gepland → bezig" or "Gewijzigd (bezig)". */
    public String describe() {
        if (before == null) {
            return Messages.get("review.change.added", after.label());
        }
        return before == after ? Messages.get("review.change.edited", after.label())
                : Messages.get("review.change.status", before.label(), after.label());
    }
}
