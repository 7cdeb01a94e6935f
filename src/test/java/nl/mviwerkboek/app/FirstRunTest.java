package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The very first start: no plan, no history — the welcome screen, from which the sample opens. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("eerste-" + System.nanoTime()), StartRequest.lastPlan());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void theWelcomeScreenOffersTheWayInAndOpensTheSample(FxRobot robot) {
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        assertEquals(null, app.window().workbench().sessionProperty().get(), "nothing opened by itself");
        assertTrue(robot.lookup("#welcome-recent").query().lookupAll(".hyperlink").isEmpty(), "no recent plans yet");
        robot.clickOn("#welcome-sample");
        app.awaitPlan();
        assertTrue(app.window().workbench().sessionProperty().get().isSample());
    }
}
