package nl.mviwerkboek.app;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.task.FxTaskRunner;
import nl.mviwerkboek.spend.SpendView;

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
        setOnDragOver(e -> {
            if (vm.sessionProperty().get() != null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && vm.sessionProperty().get() != null;
            if (done) {
                vm.chapterProperty().set(nl.mviwerkboek.shared.ui.Chapter.SPENDANALYSE);
                if (content.getChildren().get(0) instanceof SpendView spend) {
                    spend.importFile(e.getDragboard().getFiles().get(0).toPath());
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
        vm.sessionProperty().addListener((o, old, now) -> show.run());
        vm.chapterProperty().addListener((o, old, now) -> show.run());
        show.run();
    }
}
