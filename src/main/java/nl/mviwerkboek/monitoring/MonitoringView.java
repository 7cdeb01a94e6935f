package nl.mviwerkboek.monitoring;

import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.actions.tender.EffectsPane;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;

/** Chapter "Monitoring": review moments, progress per goal, and yearly versions with their comparison. */
public final class MonitoringView {

    private MonitoringView() {
    }

    /** The page for the chapter's view-models. */
    public static VBox create(ReviewsViewModel reviews, GoalProgressViewModel goals, VersionsViewModel versions,
                              EffectsViewModel effects, SuccessesViewModel successes, Dialogs dialogs) {
        return ChapterTabs.page("monitoring-chapter", Chapter.MONITORING, ChapterTabs.pane("monitoring-tabs",
                ChapterTabs.tab("tab-reviews", "monitoring.tab.reviews", new ReviewsView(reviews, dialogs)),
                ChapterTabs.tab("tab-goal-progress", "monitoring.tab.goals", new GoalProgressView(goals)),
                ChapterTabs.tab("tab-versions", "monitoring.tab.versions", new VersionsView(versions, dialogs)),
                ChapterTabs.tab("tab-effects", "monitoring.tab.effects", effectsTab(effects)),
                ChapterTabs.tab("tab-successes", "monitoring.tab.successes", new SuccessesView(successes, dialogs))));
    }

    private static VBox effectsTab(EffectsViewModel vm) {
        HBox subject = Fields.optionalChoice("monitoring-effect-subject", vm.subjectProperty(), vm.subjects(),
                EffectSubject::label, "effect.subject.prompt");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(subject, nl.mviwerkboek.shared.i18n.Messages.get("effect.subject.prompt"));
        subject.setPrefWidth(320);
        subject.setMaxWidth(380);
        return new VBox(10, Controls.hint("effect.intro"), new EffectsPane("monitoring", new EffectsPane.Wiring(
                vm.effects(), vm.form(), vm.goals(), vm::goalName, vm::add, vm::delete), subject, vm::subjectName));
    }
}
