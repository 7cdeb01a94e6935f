package nl.mviwerkboek.overview;

import nl.mviwerkboek.report.ReportSettingsStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.mviwerkboek.focus.FocusCounts;
import nl.mviwerkboek.monitoring.MonitoringPicture;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.inventory.SituationCounts;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.shared.db.Migrator;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.spend.SpendTotalsStorage;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.contracts.ContractStorage;

/** Gathers a plan's summary from the storage of every chapter, in one read. */
public final class SummaryStorage {

    private final ProfileStorage profiles = new ProfileStorage();
    private final StakeholderStorage stakeholders = new StakeholderStorage();
    private final ThemeStorage themes = new ThemeStorage();
    private final SpendTotalsStorage spend = new SpendTotalsStorage();

    /** Reads the summary; each chapter adds its counts here under the keys its issue names. */
    public PlanSummary load(Connection c) throws SQLException {
        return load(c, java.time.LocalDate.now());
    }

    /** Reads the summary as it stands on {@code today} (overdue actions, goals behind). */
    public PlanSummary load(Connection c, java.time.LocalDate today) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(PlanSummary.STAKEHOLDERS, stakeholders.count(c));
        counts.put(PlanSummary.THEMES, themes.countActive(c));
        SituationCounts situation = SituationCounts.read(c);
        MonitoringPicture monitoring = MonitoringService.read(c, today);
        FocusCounts focus = FocusCounts.of(monitoring.actions().focus());
        counts.put(PlanSummary.INVENTORY_ITEMS, situation.inventoryItems());
        counts.put(PlanSummary.FOCUS_THEMES, focus.focusThemes());
        counts.put(PlanSummary.GOALS, focus.goals());
        counts.put(PlanSummary.MEASURABLE_GOALS, focus.measurableGoals());
        RunCounts run = RunCounts.of(monitoring, c, today);
        counts.put(PlanSummary.ACTIONS, run.actions().actions());
        counts.put(PlanSummary.ACTIONS_OVERDUE, run.actions().overdue());
        counts.put(PlanSummary.ANCHORING_ITEMS, run.anchoring().items());
        counts.put(PlanSummary.ANCHORING_DONE, run.anchoring().done());
        counts.put(PlanSummary.REVIEWS, run.reviews());
        counts.put(PlanSummary.VERSIONS, run.versions());
        counts.put(PlanSummary.SWOT_ITEMS, Sql.count(c, "SELECT COUNT(*) FROM swot_item"));
        counts.put(PlanSummary.OBJECTIONS, Sql.count(c, "SELECT COUNT(*) FROM objection"));
        counts.put(PlanSummary.SUCCESSES, Sql.count(c, "SELECT COUNT(*) FROM success"));
        counts.put(PlanSummary.CRITERIA_CHOSEN, Sql.count(c, "SELECT COUNT(*) FROM tender_criterion"));
        counts.put(PlanSummary.MARKET_CONSULTATIONS, Sql.count(c, "SELECT COUNT(*) FROM market_consultation"));
        counts.put(PlanSummary.EFFECTS, (long) monitoring.effects().size());
        counts.put(PlanSummary.EXAMPLES, Sql.count(c, "SELECT COUNT(*) FROM example"));
        return new PlanSummary(profiles.load(c), Migrator.schemaVersion(c), Map.copyOf(counts),
                stakeholders.rolesPresent(c), spend.load(c),
                AnalysisService.counts(c, new ContractStorage().count(c)), situation, focus, run,
                new ReportSettingsStorage().load(c));
    }
}
