package nl.mviwerkboek.app;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import nl.mviwerkboek.actions.ActionsChapterView;
import nl.mviwerkboek.actions.ActionsViewModel;
import nl.mviwerkboek.actions.tender.TendersViewModel;
import nl.mviwerkboek.examples.ExamplesViewModel;
import nl.mviwerkboek.anchoring.AnchoringView;
import nl.mviwerkboek.anchoring.AnchoringViewModel;
import nl.mviwerkboek.focus.FocusThemesViewModel;
import nl.mviwerkboek.focus.FocusView;
import nl.mviwerkboek.focus.FocusViewModel;
import nl.mviwerkboek.focus.GoalsViewModel;
import nl.mviwerkboek.inventory.InventoryViewModel;
import nl.mviwerkboek.inventory.MaturityViewModel;
import nl.mviwerkboek.inventory.SituationView;
import nl.mviwerkboek.monitoring.GoalProgressViewModel;
import nl.mviwerkboek.monitoring.MonitoringView;
import nl.mviwerkboek.monitoring.MonitoringViewModel;
import nl.mviwerkboek.monitoring.EffectsViewModel;
import nl.mviwerkboek.monitoring.ReviewsViewModel;
import nl.mviwerkboek.monitoring.SuccessesViewModel;
import nl.mviwerkboek.monitoring.VersionsViewModel;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.spend.SpendImportFlow;
import nl.mviwerkboek.spend.SpendView;
import nl.mviwerkboek.spend.SpendChapterModels;
import nl.mviwerkboek.overview.OverviewView;
import nl.mviwerkboek.overview.OverviewViewModel;
import nl.mviwerkboek.plan.ProfileViewModel;
import nl.mviwerkboek.plan.StakeholdersViewModel;
import nl.mviwerkboek.plan.StartenView;
import nl.mviwerkboek.plan.SupportViewModel;
import nl.mviwerkboek.plan.ThemesViewModel;
import nl.mviwerkboek.report.ReportView;
import nl.mviwerkboek.report.ReportViewModel;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Builds the page of a chapter for the open plan, with fresh view-models that load on creation. */
final class ChapterViews {

    private final Dialogs dialogs;
    private final UiCallbacks ui;
    private final Consumer<Chapter> goTo;
    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    ChapterViews(Dialogs dialogs, UiCallbacks ui, Consumer<Chapter> goTo, TaskRunner tasks, Supplier<Window> owner,
                 Consumer<String> status) {
        this.dialogs = dialogs;
        this.ui = ui;
        this.goTo = goTo;
        this.tasks = tasks;
        this.owner = owner;
        this.status = status;
    }

    Node create(Chapter chapter, PlanSession session) {
        return switch (chapter) {
            case OVERZICHT -> {
                OverviewViewModel vm = new OverviewViewModel(session.summary(), ui);
                vm.load();
                yield held(new OverviewView(vm, goTo), vm);
            }
            case STARTEN -> {
                ProfileViewModel profile = new ProfileViewModel(session.profiles(), ui, LocalDate::now);
                StakeholdersViewModel stakeholders = new StakeholdersViewModel(session.stakeholders(), ui);
                ThemesViewModel themes = new ThemesViewModel(session.themes(), ui);
                SupportViewModel support = new SupportViewModel(session.support(), ui);
                profile.load();
                stakeholders.load();
                themes.load();
                support.load();
                yield held(new StartenView(profile, stakeholders, themes, support, dialogs),
                        profile, stakeholders, themes, support);
            }
            case SPENDANALYSE -> {
                SpendChapterModels models = SpendChapterModels.create(new SpendChapterModels.Services(
                        session.spend(), session.groups(), session.analysis(), session.suppliers(),
                        session.contracts(), session.priorities()), ui, tasks);
                yield held(new SpendView(models, new SpendImportFlow(models.spend(), tasks, dialogs, ui, owner, status),
                        dialogs, ui), models);
            }
            case HUIDIGE_SITUATIE -> {
                InventoryViewModel inventory = new InventoryViewModel(session.inventory(), ui, LocalDate::now);
                MaturityViewModel maturity = new MaturityViewModel(session.inventory(), ui);
                inventory.load();
                maturity.load();
                yield held(SituationView.create(inventory, maturity, dialogs), inventory, maturity);
            }
            case FOCUS -> {
                FocusViewModel focus = new FocusViewModel(session.focus(), ui);
                FocusThemesViewModel themes = new FocusThemesViewModel(focus);
                GoalsViewModel goals = new GoalsViewModel(focus, LocalDate::now);
                focus.load();
                yield held(FocusView.create(themes, goals, dialogs), focus, themes, goals);
            }
            case ACTIES -> {
                ActionsViewModel actions = new ActionsViewModel(session.actions(), ui, LocalDate::now);
                TendersViewModel tenders = new TendersViewModel(actions, session.tenders(), ui, LocalDate::now);
                ExamplesViewModel examples = new ExamplesViewModel(session.examples(), ui, tasks);
                actions.load();
                examples.load();
                yield held(ActionsChapterView.create(actions, tenders, examples, dialogs), actions, tenders, examples);
            }
            case VERANKERING -> {
                AnchoringViewModel anchoring = new AnchoringViewModel(session.anchoring(), ui, LocalDate::now);
                anchoring.load();
                yield held(AnchoringView.create(anchoring, dialogs), anchoring);
            }
            case MONITORING -> {
                MonitoringViewModel monitoring = new MonitoringViewModel(session.monitoring(), ui, tasks);
                ReviewsViewModel reviews = new ReviewsViewModel(monitoring, LocalDate::now);
                GoalProgressViewModel goals = new GoalProgressViewModel(monitoring);
                VersionsViewModel versions = new VersionsViewModel(monitoring, LocalDate::now);
                SuccessesViewModel successes = new SuccessesViewModel(session.successes(), ui, LocalDate::now);
                EffectsViewModel effects = new EffectsViewModel(monitoring);
                monitoring.load();
                successes.load();
                yield held(MonitoringView.create(reviews, goals, versions, effects, successes, dialogs),
                        monitoring, reviews, goals, versions, effects, successes);
            }
            case RAPPORT -> {
                ReportViewModel report = new ReportViewModel(session.report(), ui, tasks, LocalDate::now);
                report.load();
                yield held(ReportView.create(report, dialogs), report);
            }
        };
    }

    /**
     * Keeps the view-models alive as long as their page is: controls hold bound properties only weakly,
     * so a view-model nothing else refers to would be collected and typed input would go nowhere. Gives the
     * page's buttons their Alt+letter, leaving the menus' letters free.
     */
    private static Node held(Node page, Object... models) {
        page.getProperties().put(ChapterViews.class, java.util.List.of(models));
        nl.mviwerkboek.shared.ui.Mnemonics.buttonBars(page, AppMenu.titleLetters());
        return page;
    }
}
