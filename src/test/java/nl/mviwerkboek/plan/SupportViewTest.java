package nl.mviwerkboek.plan;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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

/** Starten's SWOT and "Waarom niet?" on the sample plan. */
@ExtendWith(ApplicationExtension.class)
class SupportViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("support-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> robot.lookup("#support-summary").queryAs(Label.class).getText().startsWith("12 punten"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private SupportPicture stored() {
        return app.window().workbench().sessionProperty().get().support().picture().join();
    }

    @Test
    void swotPointsAreAddedAndRemovedPerQuadrant(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#swot-new-bedreiging");
        robot.clickOn("#swot-new-bedreiging").write("Leveranciers vragen hogere prijzen").type(KeyCode.ENTER);
        waitUntil(() -> stored().in(SwotQuadrant.BEDREIGING).size() == 4);
        assertEquals("Leveranciers vragen hogere prijzen", stored().in(SwotQuadrant.BEDREIGING).get(3).text());
        ListView<SwotItem> zwaktes = robot.lookup("#swot-list-zwakte").queryListView();
        robot.interact(() -> zwaktes.getSelectionModel().select(0));
        AppFixture.scrollIntoView(robot, "#swot-delete-zwakte");
        robot.clickOn("#swot-delete-zwakte");
        waitUntil(() -> stored().in(SwotQuadrant.ZWAKTE).size() == 2);
        waitUntil(() -> robot.lookup("#support-summary").queryAs(Label.class).getText().startsWith("12 punten"));
    }

    @Test
    void aReasonWithItsAnswerIsAddedAndTheAnswerChangedInTheTable(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#objection-new-reason");
        robot.clickOn("#objection-new-reason").write("Er is geen budget");
        robot.clickOn("#objection-new-answer").write("Begroot de meerkosten vooraf").type(KeyCode.ENTER);
        waitUntil(() -> stored().objections().size() == 6);
        Objection added = stored().objections().get(5);
        assertEquals("Er is geen budget", added.reason());
        assertEquals("Begroot de meerkosten vooraf", added.answer());
        waitUntil(() -> robot.lookup("#support-summary").queryAs(Label.class).getText()
                .endsWith("6 redenen, waarvan 5 met een antwoord"));
        assertTrue(robot.lookup("#objection-new-reason").queryTextInputControl().getText().isEmpty());
    }

    @Test
    void anObjectionWhoseReasonIsEmptiedInTheTableKeepsItAndSaysWhy(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#objection-table");
        javafx.scene.control.TableView<Objection> table = robot.lookup("#objection-table").queryTableView();
        Objection first = table.getItems().get(0);
        robot.interact(() -> table.edit(0, table.getColumns().get(0)));
        waitUntil(() -> robot.lookup("#objection-table .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#objection-table .text-field").queryTextInputControl().selectAll());
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#objection-edit-error").queryAs(Label.class).isVisible());
        assertEquals("Een bezwaar heeft een reden nodig; de reden blijft „" + first.reason() + "”.",
                robot.lookup("#objection-edit-error").queryAs(Label.class).getText());
        assertEquals(first.reason(), stored().objections().stream().filter(o -> o.id() == first.id())
                .findFirst().orElseThrow().reason());
    }
}
