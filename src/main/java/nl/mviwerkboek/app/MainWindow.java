package nl.mviwerkboek.app;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.task.FxTaskRunner;
import nl.mviwerkboek.spend.SpendView;

/** The main window's content: menu and sample banner on top, sidebar, chapter page, status bar. */
final class MainWindow extends BorderPane {

    private final StackPane content = new StackPane();
    private final WorkbenchViewModel vm;

    MainWindow(WorkbenchViewModel vm, FxTaskRunner tasks, FileActions actions, ChapterViews views, AppMenu menu) {
        this.vm = vm;
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
            e.setDropCompleted(e.getDragboard().hasFiles() && importDropped(e.getDragboard().getFiles()));
            e.consume();
        });
        vm.sessionProperty().addListener((o, old, now) -> show.run());
        vm.chapterProperty().addListener((o, old, now) -> show.run());
        show.run();
    }

    /** Imports the first of the files dropped on the window in the Spendanalyse chapter; false without a plan. */
    boolean importDropped(java.util.List<java.io.File> files) {
        if (files.isEmpty() || vm.sessionProperty().get() == null) {
            return false;
        }
        vm.chapterProperty().set(nl.mviwerkboek.shared.ui.Chapter.SPENDANALYSE);
        if (content.getChildren().get(0) instanceof SpendView spend) {
            spend.importFile(files.get(0).toPath());
            return true;
        }
        return false;
    }
}
