package nl.mviwerkboek.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.GoalsViewModel;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** What changed from one version of the plan to another: goals and targets, actions and their status, spend per product group. */
public final class VersionComparison {

    private VersionComparison() {
    }

    /** The differences from {@code from} to {@code to}, goals first, then actions, then spend. */
    public static List<Difference> compare(PlanState from, PlanState to) {
        List<Difference> result = new ArrayList<>();
        goals(from, to, result);
        actions(from, to, result);
        spend(from.spendByGroup(), to.spendByGroup(), result);
        return result;
    }

    private static void goals(PlanState from, PlanState to, List<Difference> result) {
        Map<Long, Goal> before = from.goalsById();
        Map<Long, Goal> after = to.goalsById();
        for (Goal g : from.goals()) {
            if (!after.containsKey(g.id())) {
                result.add(new Difference(Difference.Part.GOAL, g.statement(), target(g), Messages.get("compare.removed")));
            }
        }
        for (Goal g : to.goals()) {
            Goal old = before.get(g.id());
            if (old == null) {
                result.add(new Difference(Difference.Part.GOAL, g.statement(), Messages.get("compare.absent"), target(g)));
            } else if (!old.statement().equals(g.statement()) || !target(old).equals(target(g))) {
                result.add(new Difference(Difference.Part.GOAL, g.statement(),
                        old.statement().equals(g.statement()) ? target(old) : old.statement() + " — " + target(old),
                        target(g)));
            }
        }
    }

    private static String target(Goal g) {
        String target = GoalsViewModel.valueText(g.targetValue(), g.targetYear(), g.unit());
        return target.isEmpty() ? Messages.get("compare.noTarget") : Messages.get("compare.target", target);
    }

    private static void actions(PlanState from, PlanState to, List<Difference> result) {
        Map<Long, Action> before = from.actionsById();
        Map<Long, Action> after = to.actionsById();
        for (Action a : from.actions()) {
            if (!after.containsKey(a.id())) {
                result.add(new Difference(Difference.Part.ACTION, a.title(), state(a), Messages.get("compare.removed")));
            }
        }
        for (Action a : to.actions()) {
            Action old = before.get(a.id());
            if (old == null) {
                result.add(new Difference(Difference.Part.ACTION, a.title(), Messages.get("compare.absent"), state(a)));
            } else if (old.status() != a.status() || !Objects.equals(old.due(), a.due())) {
                result.add(new Difference(Difference.Part.ACTION, a.title(), state(old), state(a)));
            }
        }
    }

    private static String state(Action a) {
        return a.due() == null ? a.status().label()
                : Messages.get("compare.actionState", a.status().label(), Formats.date(a.due()));
    }

    private static void spend(Map<String, Long> from, Map<String, Long> to, List<Difference> result) {
        for (String group : new TreeSet<>(concat(from, to))) {
            long a = from.getOrDefault(group, 0L);
            long b = to.getOrDefault(group, 0L);
            if (a != b) {
                result.add(new Difference(Difference.Part.SPEND, group, Formats.amountRounded(a), Formats.amountRounded(b)));
            }
        }
    }

    private static List<String> concat(Map<String, Long> a, Map<String, Long> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
