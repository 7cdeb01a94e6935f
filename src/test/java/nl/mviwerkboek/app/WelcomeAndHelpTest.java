package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first start (welcome screen with recent plans), the guide and the about box. */
@ExtendWith(ApplicationExtension.class)
class WelcomeAndHelpTest {

    @TempDir
    static Path root;
    private static Path home;
    private static Path plan;
    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        home = root.resolve("welkom-" + System.nanoTime());
        plan = root.resolve("plan-" + System.nanoTime() + ".mviplan");
        TestPlans.create(plan.getParent(), plan.getFileName().toString()).close();
        AppSettings.load(DataFolder.at(home)).addRecentPlan(plan);
        app = AppFixture.start(stage, home, StartRequest.lastPlan());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }

    @Test
    void withARecentPlanTheLastPlanOpensAndClosingItShowsTheWelcomeWithThatPlan(FxRobot robot) {
        app.awaitPlan();
        assertEquals(plan, app.window().workbench().sessionProperty().get().db().file());
        robot.clickOn("#menu-file").clickOn("#menu-close");
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#welcome-new").tryQuery().isPresent() && robot.lookup("#welcome-sample").tryQuery()
                .isPresent() && robot.lookup("#welcome-open").tryQuery().isPresent());
        Hyperlink recent = robot.lookup("#welcome-recent-0").queryAs(Hyperlink.class);
        assertTrue(recent.getText().startsWith(plan.getFileName().toString()));
        robot.clickOn(recent);
        waitUntil(() -> app.window().workbench().sessionProperty().get() != null);
    }

    @Test
    void theGuideExplainsEveryChapterAndTheAboutBoxListsTheLicences(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.FOCUS));
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        waitUntil(() -> robot.lookup("#guide-window").tryQuery().isPresent());
        assertEquals(Chapter.FOCUS, robot.lookup("#guide-chapters").<ListView<Chapter>>query()
                .getSelectionModel().getSelectedItem(), "the guide opens on the current chapter");
        assertTrue(robot.lookup("#guide-pitfalls").queryAs(Label.class).getText().contains("thema's"));
        robot.interact(() -> robot.lookup("#guide-chapters").<ListView<Chapter>>query().getSelectionModel()
                .select(Chapter.VERANKERING));
        assertTrue(robot.lookup("#guide-good").queryAs(Label.class).getText().contains("inkoopbeleid"));
        Window guide = robot.lookup("#guide-window").query().getScene().getWindow();
        waitUntil(guide::isFocused); // it takes the keys: a window manager may leave them with the main window
        robot.interact(() -> robot.lookup("#guide-chapters").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !guide.isShowing()); // Escape closes it, also from the list of chapters
        robot.clickOn("#menu-help").clickOn("#menu-about");
        waitUntil(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#about-version").queryAs(Label.class).getText().startsWith("Versie "));
        assertTrue(robot.lookup("#about-libraries .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Apache POI")));
        robot.clickOn("#about-close");
    }
}
