package nl.mviwerkboek.spend;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.spend.analysis.SpendingView;
import nl.mviwerkboek.spend.analysis.ThresholdsView;
import nl.mviwerkboek.spend.analysis.WorklistView;
import nl.mviwerkboek.spend.contracts.ContractsView;
import nl.mviwerkboek.spend.groups.GroupsView;
import nl.mviwerkboek.spend.groups.RulesView;
import nl.mviwerkboek.spend.priority.PrioritiesView;
import nl.mviwerkboek.spend.suppliers.SuppliersView;

/** The tabs of the Spendanalyse chapter, from importing to priorities, in the order the work goes. */
final class AnalysisTabs {

    /** The tab ids, in order; tests select tabs by them. */
    static final String[] IDS = {"tab-import", "tab-classification", "tab-groups", "tab-spending", "tab-suppliers",
        "tab-thresholds", "tab-contracts", "tab-priorities"};

    private AnalysisTabs() {
    }

    static TabPane create(Node importPage, SpendChapterModels m, Dialogs dialogs, UiCallbacks ui) {
        VBox classification = new VBox(14, Headings.section("worklist.title"), new WorklistView(m.worklist()),
                Headings.section("rules.title"), new RulesView(m.rules(), dialogs, ui));
        TabPane tabs = ChapterTabs.pane("spend-tabs",
                tab(0, "spend.tab.import", importPage),
                tab(1, "spend.tab.classification", classification),
                tab(2, "spend.tab.groups", new GroupsView(m.groups())),
                tab(3, "spend.tab.spending", new SpendingView(m.spending())),
                tab(4, "spend.tab.suppliers", new SuppliersView(m.suppliers())),
                tab(5, "spend.tab.thresholds", new ThresholdsView(m.thresholds())),
                tab(6, "spend.tab.contracts", new ContractsView(m.contracts(), dialogs, ui)),
                tab(7, "spend.tab.priorities", new PrioritiesView(m.priorities(), dialogs, ui)));
        return tabs;
    }

    private static Tab tab(int index, String key, Node content) {
        return ChapterTabs.tab(IDS[index], key, content);
    }
}
