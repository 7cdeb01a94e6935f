package nl.mviwerkboek.app;

import java.time.LocalDate;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.anchoring.AnchoringService;
import nl.mviwerkboek.focus.FocusService;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.report.ReportService;
import nl.mviwerkboek.plan.SupportService;
import nl.mviwerkboek.monitoring.SuccessService;
import nl.mviwerkboek.actions.tender.TenderService;
import nl.mviwerkboek.examples.ExampleService;
import nl.mviwerkboek.inventory.InventoryService;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.plan.ThemeService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.contracts.ContractService;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.priority.PriorityService;
import nl.mviwerkboek.spend.suppliers.SupplierService;

/** The plan that is open in the window: its database and the services of every chapter; closing closes the plan. */
public final class PlanSession implements AutoCloseable {

    private final PlanDatabase db;
    private final PlanProfile openedProfile;
    private final ProfileService profiles;
    private final StakeholderService stakeholders;
    private final ThemeService themes;
    private final SummaryService summary;
    private final SpendService spend;
    private final GroupsService groups;
    private final AnalysisService analysis;
    private final SupplierService suppliers;
    private final ContractService contracts;
    private final PriorityService priorities;
    private final InventoryService inventory;
    private final FocusService focus;
    private final ActionService actions;
    private final AnchoringService anchoring;
    private final MonitoringService monitoring;
    private final ReportService report;
    private final SupportService support;
    private final SuccessService successes;
    private final TenderService tenders;
    private final ExampleService examples;

    /** A session over an open plan whose profile was read when it opened. */
    public PlanSession(PlanDatabase db, PlanProfile openedProfile) {
        this.db = db;
        this.openedProfile = openedProfile;
        this.profiles = new ProfileService(db);
        this.stakeholders = new StakeholderService(db);
        this.themes = new ThemeService(db);
        this.summary = new SummaryService(db);
        this.spend = new SpendService(db);
        this.groups = new GroupsService(db);
        this.analysis = new AnalysisService(db);
        this.suppliers = new SupplierService(db);
        this.contracts = new ContractService(db);
        this.priorities = new PriorityService(db);
        this.inventory = new InventoryService(db);
        this.focus = new FocusService(db);
        this.actions = new ActionService(db, LocalDate::now);
        this.anchoring = new AnchoringService(db);
        this.monitoring = new MonitoringService(db, LocalDate::now);
        this.report = new ReportService(db, LocalDate::now);
        this.support = new SupportService(db);
        this.successes = new SuccessService(db);
        this.tenders = new TenderService(db);
        this.examples = new ExampleService(db);
    }

    /** Closes the plan after its queued work (see {@link PlanDatabase#close()}); blocks, so never on the FX thread. */
    @Override
    public void close() {
        db.close();
    }

    public PlanDatabase db() { return db; }
    public boolean isSample() { return openedProfile.sample(); }
    public ProfileService profiles() { return profiles; }
    public StakeholderService stakeholders() { return stakeholders; }
    public ThemeService themes() { return themes; }
    public SummaryService summary() { return summary; }
    public SpendService spend() { return spend; }
    public GroupsService groups() { return groups; }
    public AnalysisService analysis() { return analysis; }
    public SupplierService suppliers() { return suppliers; }
    public ContractService contracts() { return contracts; }
    public PriorityService priorities() { return priorities; }
    public InventoryService inventory() { return inventory; }
    public FocusService focus() { return focus; }
    public ActionService actions() { return actions; }
    public AnchoringService anchoring() { return anchoring; }
    public MonitoringService monitoring() { return monitoring; }
    public ReportService report() { return report; }
    public SupportService support() { return support; }
    public SuccessService successes() { return successes; }
    public TenderService tenders() { return tenders; }
    public ExampleService examples() { return examples; }
}
