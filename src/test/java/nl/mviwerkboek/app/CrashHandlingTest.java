package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An error nobody caught: a friendly dialog, the details to copy, and the app goes on with the plan open. */
@ExtendWith(ApplicationExtension.class)
class CrashHandlingTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("crash-" + System.nanoTime()), Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void anUncaughtErrorShowsAFriendlyDialogAndTheAppKeepsRunning(FxRobot robot) {
        app.awaitPlan();
        PlanSession before = app.window().workbench().sessionProperty().get();
        Platform.runLater(() -> {
            throw new IllegalStateException("Testfout in een knop");
        });
        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#crash-dialog .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Je plan is veilig")));
        robot.clickOn("#crash-copy");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.get().startsWith("MVI Werkboek "), copied.get());
        assertTrue(copied.get().contains("IllegalStateException: Testfout in een knop"));
        assertTrue(robot.lookup("#crash-copied").queryAs(Label.class).getText().startsWith("Gekopieerd"));
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        assertEquals(before, app.window().workbench().sessionProperty().get(), "the plan stays open");
        robot.clickOn("#nav-acties");
        waitUntil(() -> app.window().workbench().chapterProperty().get() == Chapter.ACTIES);
    }
}
