package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.ui.FxDialogs;

/** The JavaFX application: theme, data folder, logging, and the main window. */
public final class MviWerkboekApp extends Application {

    @Override
    public void start(Stage stage) {
        DataFolder folder = DataFolder.resolve();
        folder.useForSqliteTemp();
        AppLogging.configure(folder.logs());
        List<String> args = getParameters().getUnnamed();
        Optional<Path> plan = args.stream().filter(a -> a.endsWith(".mviplan")).findFirst().map(Path::of);
        AppWindow.show(stage, folder, plan, owner -> new FxDialogs(owner, getHostServices()::showDocument));
    }
}
