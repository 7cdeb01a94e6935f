package nl.mviwerkboek.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.anchoring.AnchoringPicture;
import nl.mviwerkboek.anchoring.AnchoringService;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.inventory.InventoryService;
import nl.mviwerkboek.inventory.Situation;
import nl.mviwerkboek.monitoring.MonitoringPicture;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileStorage;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.SupportPicture;
import nl.mviwerkboek.plan.SupportStorage;
import nl.mviwerkboek.monitoring.Success;
import nl.mviwerkboek.monitoring.SuccessStorage;
import nl.mviwerkboek.actions.tender.MarketConsultation;
import nl.mviwerkboek.actions.tender.TenderCriterion;
import nl.mviwerkboek.actions.tender.TenderStorage;
import nl.mviwerkboek.examples.Example;
import nl.mviwerkboek.examples.ExampleStorage;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.priority.PriorityPicture;
import nl.mviwerkboek.spend.priority.PriorityService;

/**
 * Everything the documents report, read in one go: the profile, the situation, the spend analysis and
 * priorities over all spend, the monitoring picture (with actions, focus and goals), the anchoring
 * checklist, the support (SWOT, "Waarom niet?"), the successes, the tenders' criteria and consultations (their
 * effects are in the monitoring picture), the voorbeeldenbank, the report settings, the day the documents
 * are made and what changed since the adopted version.
 */
public record ReportSources(PlanProfile profile, Situation situation, SpendPicture spend, PriorityPicture priorities,
                            MonitoringPicture monitoring, AnchoringPicture anchoring, SupportPicture support,
                            List<Success> successes, List<TenderCriterion> criteria,
                            List<MarketConsultation> consultations, List<Example> examples, ReportSettings settings,
                            LocalDate today, Adoption adoption) {

    /** Reads the sources on {@code c}. */
    public static ReportSources read(Connection c, LocalDate today) throws SQLException {
        ReportSettings settings = new ReportSettingsStorage().load(c);
        MonitoringPicture monitoring = MonitoringService.read(c, today);
        return new ReportSources(new ProfileStorage().load(c), InventoryService.read(c),
                AnalysisService.read(c, AnalysisFilter.ALL), PriorityService.picture(c, AnalysisFilter.ALL),
                monitoring, AnchoringService.read(c), new SupportStorage().load(c),
                new SuccessStorage().list(c), new TenderStorage().criteria(c, null),
                new TenderStorage().consultations(c, null), new ExampleStorage().list(c), settings,
                today, Adoption.read(c, settings, monitoring.versions()));
    }

    /** The actions with their links. */
    public ActionsPicture actions() {
        return monitoring.actions();
    }

    /** The focus themes, goals and stakeholders. */
    public FocusPicture focus() {
        return monitoring.actions().focus();
    }

    /** The plan's stakeholders. */
    public List<Stakeholder> stakeholders() {
        return focus().stakeholders();
    }

    /** "2026–2029". */
    public String period() {
        return Formats.yearRange(profile.periodStart(), profile.periodEnd());
    }
}
