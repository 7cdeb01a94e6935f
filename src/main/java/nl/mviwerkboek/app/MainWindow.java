package nl.mviwerkboek.app;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.task.FxTaskRunner;

/** The main window's content: menu and sample banner on top, sidebar, chapter page, status bar. */
final class MainWindow extends BorderPane {

    private final StackPane content = new StackPane();

    MainWindow(WorkbenchViewModel vm, FxTaskRunner tasks, FileActions actions, ChapterViews views, AppMenu menu) {
        setId("main-window");
        content.setId("chapter-content");
        content.getStyleClass().add("chapter-content");
        setTop(new VBox(menu, new SampleBanner(vm, actions::newPlan)));
        setLeft(new Sidebar(vm));
        setCenter(content);
        setBottom(new StatusBarView(vm, tasks));
        NoPlanView noPlan = new NoPlanView(actions);
        Runnable show = () -> {
            PlanSession session = vm.sessionProperty().get();
            content.getChildren().setAll(session == null ? noPlan : views.create(vm.chapterProperty().get(), session));
        };
        vm.sessionProperty().addListener((o, old, now) -> show.run());
        vm.chapterProperty().addListener((o, old, now) -> show.run());
        show.run();
    }
}
