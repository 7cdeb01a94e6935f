package nl.mviwerkboek.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.actions.tender.TendersView;
import nl.mviwerkboek.examples.ExamplesView;
import nl.mviwerkboek.examples.ExamplesViewModel;
import nl.mviwerkboek.actions.tender.TendersViewModel;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Chapter "Acties": the action list, the timeline by quarter, and the suggestions (their number in the tab). */
public final class ActionsChapterView {

    private ActionsChapterView() {
    }

    /** The page for the chapter's view-model. */
    public static VBox create(ActionsViewModel vm, TendersViewModel tenders, ExamplesViewModel examples,
                              Dialogs dialogs) {
        Tab suggestions = ChapterTabs.tab("tab-suggestions", "action.tab.suggestions", new SuggestionsView(vm));
        suggestions.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("action.tab.suggestionsCount",
                vm.suggestions().size()), vm.suggestions()));
        return ChapterTabs.page("actions-chapter", Chapter.ACTIES, ChapterTabs.pane("action-tabs",
                ChapterTabs.tab("tab-action-list", "action.tab.list", new ActionsView(vm, dialogs)),
                ChapterTabs.tab("tab-timeline", "action.tab.timeline", new TimelineView(vm)),
                ChapterTabs.tab("tab-tenders", "action.tab.tenders", new TendersView(tenders, dialogs::openLink)),
                ChapterTabs.tab("tab-examples", "action.tab.examples", new ExamplesView(examples, dialogs)),
                suggestions));
    }
}
