package nl.mviwerkboek.app;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UnreadableNames;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.FxTaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Puts the workbench together in a stage: used by the app and, with a test data folder, by UI tests. */
public final class AppWindow {

    private final Stage stage;
    private final WorkbenchViewModel workbench;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final Dialogs dialogs;
    private final UiCallbacks ui;
    private final AppExit exit;
    private final AppSettings settings;
    private final DialogOpenTimer dialogTimes = DialogOpenTimer.install();

    private AppWindow(Stage stage, DataFolder folder, Function<Supplier<Window>, Dialogs> dialogs) {
        this.stage = stage;
        this.dialogs = dialogs.apply(() -> stage);
        this.settings = AppSettings.load(folder);
        this.dialogs.startChoosersIn(new nl.mviwerkboek.shared.ui.ChooserFolders(settings, this::planFolder));
        Messages.setLocale(settings.language());
        ErrorPresenter errors = new ErrorPresenter(this.dialogs, folder.logFile());
        CrashReport.install(errors);
        this.ui = new UiCallbacks(Platform::runLater, errors);
        this.workbench = new WorkbenchViewModel(tasks, folder, settings, ui);
        this.exit = new AppExit(workbench, tasks, this.dialogs, stage::hide);
    }

    /** Builds the window in {@code stage}, shows it, and opens the requested or recent plan (or shows the welcome). */
    public static AppWindow show(Stage stage, DataFolder folder, StartRequest request,
                                 Function<Supplier<Window>, Dialogs> dialogs) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Locale.setDefault(Locale.Category.FORMAT, Messages.DUTCH); // date pickers: Dutch months and weeks
        AppWindow window = new AppWindow(stage, folder, dialogs);
        stage.setScene(new Scene(window.buildRoot(), 1360, 860));
        stage.getScene().getStylesheets().add(
                Objects.requireNonNull(AppWindow.class.getResource("app.css")).toExternalForm());
        stage.titleProperty().bind(window.workbench.titleProperty());
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                    AppWindow.class.getResource("icons/mvi-werkboek-" + size + ".png")).toExternalForm()));
        }
        ZoomKeys.install(stage.getScene(), window.settings);
        MainWindowPlacement.install(stage, window.settings);
        stage.setOnCloseRequest(e -> {
            e.consume();
            window.exit.request();
        });
        stage.setOnHidden(e -> {
            if (!window.exit.exiting()) {
                window.workbench.shutdown();
            }
        });
        StartupTimer.reportFirstFrame(stage.getScene(), request.smoke() ? new SmokeRun(window.workbench) : ms -> { });
        stage.show();
        window.workbench.sessionProperty().addListener((o, old, now) -> {
            if (now != null) {
                nl.mviwerkboek.shared.ui.DialogWarmUp.start(); // the first dialog opens as fast as later ones
            }
        });
        window.workbench.openAtStart(request);
        return window;
    }

    private MainWindow buildRoot() {
        FileActions actions = new FileActions(workbench, dialogs, () -> stage);
        ChapterViews views = new ChapterViews(dialogs, ui, workbench.chapterProperty()::set, tasks, () -> stage,
                workbench::showStatus);
        AppMenu menu = new AppMenu(workbench, actions, this::rebuild, exit::request, this::guide, this::about);
        return new MainWindow(workbench, tasks, new WelcomeView(workbench, actions, this::guide), views, menu, actions);
    }

    private void rebuild() {
        workbench.retranslate();
        stage.getScene().setRoot(buildRoot());
    }

    private void about() {
        AboutDialog.show(stage);
    }

    private void guide() {
        GuideWindow.show(stage, workbench.sessionProperty().get() == null ? null : workbench.chapterProperty().get());
    }

    /** The folder of the open plan (not of a sample copy, which lives in the data folder), if any. */
    private java.util.Optional<java.nio.file.Path> planFolder() {
        return java.util.Optional.ofNullable(workbench).map(w -> w.sessionProperty().get())
                .filter(s -> !s.isSample()).map(s -> s.db().file().toAbsolutePath().getParent());
    }

    /** Quits the app like the window's close button: asks about a running job, closes the plan, then exits. */
    public void requestExit() {
        exit.request();
    }

    /** What runs once the plan is closed at exit (the app passes {@code Platform::exit}; by default the window hides). */
    public void onExit(Runnable action) {
        exit.onExit(action);
    }

    /** The window's background jobs, for tests. */
    public FxTaskRunner tasks() {
        return tasks;
    }

    /** Explains a plan file name given at start that this system cannot read (see {@link StartRequest}). */
    void explainUnreadableName(String name) {
        dialogs.showProblem(UnreadableNames.title(), UnreadableNames.message(name));
    }

    /** How long each dialog took from the click to being shown, in order: dialog id and ms (ADR 0031), for tests. */
    public java.util.List<java.util.Map.Entry<String, Long>> dialogOpenTimes() {
        return dialogTimes.times();
    }

    /** The workbench state, for tests. */
    public WorkbenchViewModel workbench() {
        return workbench;
    }
}
