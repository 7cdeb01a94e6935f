package nl.mviwerkboek.monitoring;

import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Chapter "Monitoring": review moments, progress per goal, and yearly versions with their comparison. */
public final class MonitoringView {

    private MonitoringView() {
    }

    /** The page for the chapter's view-models. */
    public static VBox create(ReviewsViewModel reviews, GoalProgressViewModel goals, VersionsViewModel versions,
                              SuccessesViewModel successes, Dialogs dialogs) {
        return ChapterTabs.page("monitoring-chapter", Chapter.MONITORING, ChapterTabs.pane("monitoring-tabs",
                ChapterTabs.tab("tab-reviews", "monitoring.tab.reviews", new ReviewsView(reviews, dialogs)),
                ChapterTabs.tab("tab-goal-progress", "monitoring.tab.goals", new GoalProgressView(goals)),
                ChapterTabs.tab("tab-versions", "monitoring.tab.versions", new VersionsView(versions, dialogs)),
                ChapterTabs.tab("tab-successes", "monitoring.tab.successes", new SuccessesView(successes, dialogs))));
    }
}
