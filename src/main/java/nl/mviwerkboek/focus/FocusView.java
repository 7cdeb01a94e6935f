package nl.mviwerkboek.focus;

import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Chapter "Focus": the focus themes with ambition and product groups, and the measurable goals per focus theme. */
public final class FocusView {

    private FocusView() {
    }

    /** The page for the chapter's view-models. */
    public static VBox create(FocusThemesViewModel themes, GoalsViewModel goals, Dialogs dialogs) {
        return ChapterTabs.page("focus-view", Chapter.FOCUS, ChapterTabs.pane("focus-tabs",
                ChapterTabs.tab("tab-focus-themes", "focus.tab.themes", new FocusThemesView(themes)),
                ChapterTabs.tab("tab-goals", "focus.tab.goals", new GoalsView(goals, dialogs))));
    }
}
