package nl.mviwerkboek.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionStorage;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.GoalStorage;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.Totals;

/** What two versions of a plan are compared on: goals, actions, and spend per product group (by name, in cents). */
public record PlanState(List<Goal> goals, List<Action> actions,
                        Map<String, Long> spendByGroup) {

    /** Reads the state of the plan (or of a version's copy) on a connection. */
    public static PlanState read(Connection c) throws SQLException {
        Map<String, Long> spend = new LinkedHashMap<>();
        for (Totals t : AnalysisService.read(c, AnalysisFilter.ALL).byGroup()) {
            spend.merge(t.label() == null ? Messages.get("groups.unclassified") : t.label(), t.cents(), Long::sum);
        }
        return new PlanState(new GoalStorage().list(c), new ActionStorage().list(c), spend);
    }

    /** Goals by id. */
    Map<Long, Goal> goalsById() {
        return goals.stream().collect(Collectors.toMap(Goal::id, Function.identity()));
    }

    /** Actions by id. */
    Map<Long, Action> actionsById() {
        return actions.stream().collect(Collectors.toMap(Action::id, Function.identity()));
    }
}
