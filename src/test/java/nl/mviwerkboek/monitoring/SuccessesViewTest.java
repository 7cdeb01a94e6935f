package nl.mviwerkboek.monitoring;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The successes tab of Monitoring on the sample plan. */
@ExtendWith(ApplicationExtension.class)
class SuccessesViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("successes-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#monitoring-tabs").tryQuery().isPresent());
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-successes");
        waitUntil(() -> robot.lookup("#success-count").queryAs(Label.class).getText().startsWith("4 successen"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void aSuccessIsAddedWithWhereItWasSharedAndIsNewestFirst(FxRobot robot) {
        robot.clickOn("#success-add");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isPresent());
        assertEquals(LocalDate.now(), robot.lookup("#success-date").queryAs(javafx.scene.control.DatePicker.class)
                .getValue(), "a new success is dated today");
        robot.clickOn("#success-what").write("Catering met 60% biologisch en regionaal");
        robot.clickOn("#success-effect").write("Minder voedselkilometers");
        robot.clickOn("#success-channel-intranet").clickOn("#success-channel-pers");
        robot.clickOn("#success-save");
        waitUntil(() -> robot.lookup("#success-count").queryAs(Label.class).getText().startsWith("5 successen"));
        Success first = app.window().workbench().sessionProperty().get().successes().list().join().get(0);
        assertEquals("Catering met 60% biologisch en regionaal", first.what());
        assertEquals(EnumSet.of(ShareChannel.INTRANET, ShareChannel.PERS), first.channels());
    }
}
