package nl.mviwerkboek.overview;

import nl.mviwerkboek.report.ReportSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.mviwerkboek.focus.FocusCounts;
import nl.mviwerkboek.inventory.SituationCounts;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.SpendTotals;
import nl.mviwerkboek.spend.analysis.AnalysisCounts;

/**
 * What a plan holds at a glance: its profile, schema version, and the number of records of each
 * kind under the stable keys the command line prints ({@code stakeholders}, {@code themes}, …).
 */
public record PlanSummary(PlanProfile profile, int schemaVersion, Map<String, Long> counts,
                          Set<StakeholderRole> rolesPresent, SpendTotals spend,
                          AnalysisCounts analysis, SituationCounts situation, FocusCounts focus,
                          RunCounts run, ReportSettings report) {

    /** Count of stakeholders. */
    public static final String STAKEHOLDERS = "stakeholders";
    /** Count of themes in use. */
    public static final String THEMES = "themes";
    /** Count of inventory items (current situation). */
    public static final String INVENTORY_ITEMS = "inventoryItems";
    /** Count of focus themes chosen. */
    public static final String FOCUS_THEMES = "focusThemes";
    /** Count of goals. */
    public static final String GOALS = "goals";
    /** Count of goals that pass the measurability check. */
    public static final String MEASURABLE_GOALS = "measurableGoals";
    /** Count of actions. */
    public static final String ACTIONS = "actions";
    /** Count of open actions past their due date. */
    public static final String ACTIONS_OVERDUE = "actionsOverdue";
    /** Count of anchoring checklist items. */
    public static final String ANCHORING_ITEMS = "anchoringItems";
    /** Count of anchoring items arranged. */
    public static final String ANCHORING_DONE = "anchoringDone";
    /** Count of review moments. */
    public static final String REVIEWS = "reviews";
    /** Count of yearly versions kept. */
    public static final String VERSIONS = "versions";
    /** Count of SWOT items. */
    public static final String SWOT_ITEMS = "swotItems";
    /** Count of "Waarom niet?" reasons. */
    public static final String OBJECTIONS = "objections";
    /** Count of successes. */
    public static final String SUCCESSES = "successes";
    /** Count of MVI criteria chosen in tenders. */
    public static final String CRITERIA_CHOSEN = "criteriaChosen";
    /** Count of market consultations. */
    public static final String MARKET_CONSULTATIONS = "marketConsultations";
    /** Count of effects (expected and realised). */
    public static final String EFFECTS = "effects";
    /** Count of examples in the voorbeeldenbank. */
    public static final String EXAMPLES = "examples";
    /** Every count key, in the order a person reads them; each has a label {@code summary.count.KEY}. */
    public static final List<String> COUNT_KEYS = List.of(STAKEHOLDERS, THEMES, INVENTORY_ITEMS, FOCUS_THEMES, GOALS,
            MEASURABLE_GOALS, ACTIONS, ACTIONS_OVERDUE, ANCHORING_ITEMS, ANCHORING_DONE, REVIEWS, VERSIONS,
            CRITERIA_CHOSEN, MARKET_CONSULTATIONS, EFFECTS, EXAMPLES, SUCCESSES, SWOT_ITEMS, OBJECTIONS);

    /** The label of a count in the user's language. */
    public static String countLabel(String key) {
        return Messages.get("summary.count." + key);
    }

    /** The count under a key, 0 when the plan has none. */
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }
}
