package nl.mviwerkboek.app;

import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.WindowBounds;
import nl.mviwerkboek.shared.ui.DialogWindows;
import nl.mviwerkboek.shared.ui.WindowPlacement;
import nl.mviwerkboek.shared.ui.WindowPlacement.Box;

/**
 * Opens the main window where the user left it (when that spot is still on a connected screen), else at
 * about 85 % of the screen and centred, maximised again if it was; remembers it when the window closes.
 */
final class MainWindowPlacement {

    /** Smallest size at which the chapters' layouts still fit (tables, form labels, dates). */
    static final double MIN_WIDTH = 1120;
    static final double MIN_HEIGHT = 700;

    private Box normal;

    private MainWindowPlacement(Box normal) {
        this.normal = normal;
    }

    /** Sizes and places {@code stage} before it is shown, and saves where it was when it is hidden. */
    static void install(Stage stage, AppSettings settings) {
        List<Box> screens = DialogWindows.screens();
        Optional<WindowBounds> saved = settings.mainWindow();
        Box at = WindowPlacement.mainWindow(screens, screens.get(0),
                saved.map(b -> new Box(b.x(), b.y(), b.width(), b.height())), MIN_WIDTH, MIN_HEIGHT);
        Box screen = WindowPlacement.screenOf(at, screens);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.height()));
        MainWindowPlacement placement = new MainWindowPlacement(at);
        apply(stage, at);
        stage.setMaximized(saved.map(WindowBounds::maximized).orElse(false));
        // some window managers give a new window their own size: put it back once it is shown
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!stage.isMaximized()) {
                apply(stage, at);
            }
        });
        Runnable track = () -> {
            if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                placement.normal = DialogWindows.box(stage);
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> settings.setMainWindow(new WindowBounds(
                placement.normal.x(), placement.normal.y(), placement.normal.width(), placement.normal.height(),
                stage.isMaximized())));
    }

    private static void apply(Stage stage, Box at) {
        stage.setX(at.x());
        stage.setY(at.y());
        stage.setWidth(at.width());
        stage.setHeight(at.height());
    }
}
