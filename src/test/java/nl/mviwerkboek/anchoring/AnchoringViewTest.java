package nl.mviwerkboek.anchoring;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
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

@ExtendWith(ApplicationExtension.class)
class AnchoringViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("anchoring-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.VERANKERING));
        waitUntil(() -> robot.lookup("#anchoring-count").queryAs(Label.class).getText().startsWith("5 van 11"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private AnchoringItem item(AnchoringMeasure measure) {
        return app.window().workbench().sessionProperty().get().anchoring().picture().join().items().stream()
                .filter(i -> i.measure() == measure).findFirst().orElseThrow();
    }

    @Test
    void arrangingAMeasureDatesItTodayAndTheEvidenceIsSavedOnEnter(FxRobot robot) {
        long id = item(AnchoringMeasure.PLANNING_CONTROL).id();
        robot.interact(() -> robot.lookup("#anchoring-status-" + id).<ComboBox<AnchoringStatus>>query()
                .setValue(AnchoringStatus.GEREGELD));
        waitUntil(() -> item(AnchoringMeasure.PLANNING_CONTROL).status() == AnchoringStatus.GEREGELD);
        assertEquals(LocalDate.now(), item(AnchoringMeasure.PLANNING_CONTROL).doneOn());
        waitUntil(() -> robot.lookup("#anchoring-count").queryAs(Label.class).getText().startsWith("6 van 11"));

        AppFixture.scrollIntoView(robot, "#anchoring-evidence-" + id);
        robot.clickOn("#anchoring-evidence-" + id).write("Paragraaf MVI in de begroting 2027").type(KeyCode.ENTER);
        waitUntil(() -> item(AnchoringMeasure.PLANNING_CONTROL).evidence().equals("Paragraaf MVI in de begroting 2027"));
    }

    @Test
    void ownMeasuresAreAddedAndRemovedButStandardOnesStay(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#anchoring-new-title");
        robot.clickOn("#anchoring-new-title").write("Inkoopspreekuur voor budgethouders");
        AppFixture.scrollIntoView(robot, "#anchoring-add");
        robot.clickOn("#anchoring-add");
        waitUntil(() -> robot.lookup("#anchoring-count").queryAs(Label.class).getText().startsWith("5 van 12"));
        AnchoringItem own = app.window().workbench().sessionProperty().get().anchoring().picture().join().items()
                .getLast();
        assertEquals("Inkoopspreekuur voor budgethouders", own.displayTitle());
        assertTrue(robot.lookup("#anchoring-delete-" + item(AnchoringMeasure.BUDGET).id()).tryQuery().isEmpty(),
                "standard measures have no delete button");
        AppFixture.scrollIntoView(robot, "#anchoring-delete-" + own.id());
        robot.clickOn("#anchoring-delete-" + own.id());
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> robot.lookup("#anchoring-count").queryAs(Label.class).getText().startsWith("5 van 11"));
    }
}
