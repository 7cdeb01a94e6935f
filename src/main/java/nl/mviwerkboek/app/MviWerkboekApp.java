package nl.mviwerkboek.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.ui.FxDialogs;

/** The JavaFX application: theme, data folder, logging, and the main window. */
public final class MviWerkboekApp extends Application {

    private AppWindow window;

    @Override
    public void start(Stage stage) {
        StartRequest request = StartRequest.parse(getParameters().getUnnamed());
        DataFolder folder = request.smoke() && System.getProperty(DataFolder.HOME_PROPERTY) == null
                ? DataFolder.at(temporaryHome()) : DataFolder.resolve();
        StartupChores.run(folder);
        AppLogging.configure(folder);
        window = AppWindow.show(stage, folder, request,
                owner -> new FxDialogs(owner, getHostServices()::showDocument));
        window.onExit(Platform::exit);
        MacOpenFiles.install(file -> window.workbench().open(file));
        StartRequest.unreadablePlan(getParameters().getUnnamed()).ifPresent(window::explainUnreadableName);
    }

    /**
     * The app ends: after {@code AppExit} nothing is open any more; after Cmd+Q, a logout or a
     * {@code Platform.exit} from elsewhere the open plan is closed here, within a bound (ADR 0028).
     */
    @Override
    public void stop() {
        OsQuit.commitTypedText();
        Runnable cancelJobs = window == null ? () -> { } : window.tasks()::cancelAll;
        OsQuit.closeOpenPlans(cancelJobs, OsQuit.BEFORE_CANCEL, OsQuit.AFTER_CANCEL);
    }

    /** A fresh data folder for a smoke run, so that it neither reads nor changes the user's settings. */
    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("mvi-smoke");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
