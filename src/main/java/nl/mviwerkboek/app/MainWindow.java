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

    MainWindow(WorkbenchViewModel vm, FxTaskRunner tasks, WelcomeView welcome, ChapterViews views, AppMenu menu,
               FileActions actions) {
        this.vm = vm;
        setId("main-window");
        content.setId("chapter-content");
        content.getStyleClass().add("chapter-content");
        setTop(new VBox(menu, new SampleBanner(vm, actions::newPlan)));
        setLeft(new Sidebar(vm));
        setCenter(content);
        setBottom(new StatusBarView(vm, tasks));
        Runnable show = () -> {
            PlanSession session = vm.sessionProperty().get();
            nl.mviwerkboek.shared.ui.FieldCommits.commitFocused(getScene()); // before the page goes: ADR 0027
            content.getChildren().setAll(session == null ? welcome : views.create(vm.chapterProperty().get(), session));
        };
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && (vm.sessionProperty().get() != null
                    || planFile(e.getDragboard().getFiles()).isPresent())) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            java.util.Optional<java.nio.file.Path> plan = planFile(e.getDragboard().getFiles());
            plan.ifPresent(actions::openRecent);
            e.setDropCompleted(e.getDragboard().hasFiles()
                    && (plan.isPresent() || importDropped(e.getDragboard().getFiles())));
            e.consume();
        });
        vm.sessionProperty().addListener((o, old, now) -> show.run());
        vm.chapterProperty().addListener((o, old, now) -> show.run());
        show.run();
    }

    /** The first plan file among dropped files. */
    static java.util.Optional<java.nio.file.Path> planFile(java.util.List<java.io.File> files) {
        return files.stream().flatMap(f -> nl.mviwerkboek.shared.i18n.UnreadableNames.path(f).stream())
                .filter(p -> p.getFileName().toString()
                .toLowerCase(java.util.Locale.ROOT).endsWith(".mviplan")).findFirst();
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
