package nl.mviwerkboek.spend;

import java.util.List;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.AnalysisViewModel;
import nl.mviwerkboek.spend.analysis.Choice;
import nl.mviwerkboek.spend.analysis.SpendingViewModel;
import nl.mviwerkboek.spend.analysis.ThresholdsViewModel;
import nl.mviwerkboek.spend.analysis.WorklistViewModel;
import nl.mviwerkboek.spend.contracts.ContractService;
import nl.mviwerkboek.spend.contracts.ContractsViewModel;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.GroupsViewModel;
import nl.mviwerkboek.spend.groups.RulesViewModel;
import nl.mviwerkboek.spend.priority.PrioritiesViewModel;
import nl.mviwerkboek.spend.priority.PriorityService;
import nl.mviwerkboek.spend.suppliers.SupplierService;
import nl.mviwerkboek.spend.suppliers.SuppliersViewModel;

/** The view-models of the Spendanalyse chapter, wired to the shared analysis state and to each other. */
public record SpendChapterModels(SpendViewModel spend, AnalysisViewModel analysis, WorklistViewModel worklist,
                                 RulesViewModel rules, GroupsViewModel groups, SpendingViewModel spending,
                                 SuppliersViewModel suppliers, ThresholdsViewModel thresholds,
                                 ContractsViewModel contracts, PrioritiesViewModel priorities) {

    /** The services of one open plan. */
    public record Services(SpendService spend, GroupsService groups, AnalysisService analysis,
                           SupplierService suppliers, ContractService contracts, PriorityService priorities) {
    }

    /** Creates and connects the view-models, and starts loading them. */
    public static SpendChapterModels create(Services s, UiCallbacks ui, TaskRunner tasks) {
        SpendViewModel spend = new SpendViewModel(s.spend(), ui);
        AnalysisViewModel analysis = new AnalysisViewModel(s.analysis(), s.groups(), ui, tasks);
        RulesViewModel rules = new RulesViewModel(s.groups(), ui, tasks, analysis::afterChange);
        GroupsViewModel groups = new GroupsViewModel(s.groups(), ui, analysis::afterChange);
        PrioritiesViewModel priorities = new PrioritiesViewModel(s.priorities(), s.groups(), analysis, tasks);
        ContractsViewModel contracts = new ContractsViewModel(s.contracts(), s.analysis(), ui, tasks,
                priorities::load);
        SpendChapterModels m = new SpendChapterModels(spend, analysis, new WorklistViewModel(analysis), rules, groups,
                new SpendingViewModel(analysis), new SuppliersViewModel(s.suppliers(), analysis),
                new ThresholdsViewModel(analysis), contracts, priorities);
        spend.imports().addListener((javafx.collections.ListChangeListener<ImportRecord>) c ->
                analysis.refresh(choices(spend.imports())));
        analysis.reloadsProperty().addListener((o, old, now) -> {
            rules.load();
            groups.load();
        });
        spend.load();
        analysis.load(choices(spend.imports()));
        contracts.load();
        return m;
    }

    private static List<Choice<Long>> choices(List<ImportRecord> imports) {
        return imports.stream().map(r -> new Choice<>(r.id(), r.fileName() + " (" + Formats.date(r.importedAt()
                .atZone(java.time.ZoneId.systemDefault()).toLocalDate()) + ")")).toList();
    }
}
