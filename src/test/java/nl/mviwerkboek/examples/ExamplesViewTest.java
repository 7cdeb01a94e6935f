package nl.mviwerkboek.examples;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
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

/** The voorbeeldenbank tab on the sample plan: search, add, export. */
@ExtendWith(ApplicationExtension.class)
class ExamplesViewTest {

    @TempDir
    static Path home;
    @TempDir
    Path out;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("examples-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.ACTIES));
        waitUntil(() -> robot.lookup("#action-tabs").tryQuery().isPresent());
        AppFixture.selectTab(robot, "#action-tabs", "tab-examples");
        waitUntil(() -> robot.lookup("#example-count").queryAs(Label.class).getText().equals("5 van 5 voorbeelden"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void searchingNarrowsTheBankAndTheShownExamplesAreExported(FxRobot robot) throws Exception {
        robot.clickOn("#example-search").write("led");
        waitUntil(() -> robot.lookup("#example-count").queryAs(Label.class).getText().equals("1 van 5 voorbeelden"));
        Path file = out.resolve("voorbeelden.csv");
        app.dialogs().answerCsvWith(file);
        robot.clickOn("#example-export");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CLOSE_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        String csv = Files.readString(file);
        assertTrue(csv.contains("Led-verlichting met dimprofielen") && !csv.contains("Catering"), csv);
    }

    @Test
    void anExampleIsAddedThroughTheDialog(FxRobot robot) {
        robot.clickOn("#example-add");
        waitUntil(() -> robot.lookup("#example-dialog").tryQuery().isPresent());
        robot.clickOn("#example-title").write("Bedrijfskleding met keurmerk");
        robot.clickOn("#example-organisation").write("Gemeente Bergdal");
        robot.clickOn("#example-save");
        waitUntil(() -> robot.lookup("#example-count").queryAs(Label.class).getText().equals("6 van 6 voorbeelden"));
        Example added = app.window().workbench().sessionProperty().get().examples().list().join().stream()
                .filter(e -> e.title().equals("Bedrijfskleding met keurmerk")).findFirst().orElseThrow();
        assertEquals("Gemeente Bergdal", added.organisation());
        assertTrue(added.own(), "a new example is an own one unless unticked");
    }
}
