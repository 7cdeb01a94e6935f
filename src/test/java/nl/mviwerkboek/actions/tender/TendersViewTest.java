package nl.mviwerkboek.actions.tender;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.actions.Action;
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

/** The tenders tab of Acties on the sample plan: criteria, consultations and effects of the school-transport tender. */
@ExtendWith(ApplicationExtension.class)
class TendersViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("tenders-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.ACTIES));
        waitUntil(() -> robot.lookup("#action-tabs").tryQuery().isPresent());
        AppFixture.selectTab(robot, "#action-tabs", "tab-tenders");
        ListView<Action> list = robot.lookup("#tender-list").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(a -> a.title().startsWith("Emissievrij leerlingenvervoer")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#tender-criteria").queryTableView().getItems().size() == 3);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private TenderFile stored(FxRobot robot) {
        Action a = robot.lookup("#tender-list").<Action>queryListView().getSelectionModel().getSelectedItem();
        return app.window().workbench().sessionProperty().get().tenders().file(a.id()).join();
    }

    @Test
    void theTenderShowsItsFileAndACriterionIsAdded(FxRobot robot) {
        assertEquals(1, robot.lookup("#tender-consultations").queryTableView().getItems().size());
        assertEquals(2, robot.lookup("#tender-effects").queryTableView().getItems().size());
        assertTrue(robot.lookup("#tender-offered").queryTextInputControl().getText().startsWith("De winnaar"));
        AppFixture.scrollIntoView(robot, "#tender-criterion-text");
        robot.clickOn("#tender-criterion-number").write("DV-2.3");
        robot.clickOn("#tender-criterion-text").write("Laadinfrastructuur bij de stalling binnen een jaar")
                .type(KeyCode.ENTER);
        waitUntil(() -> stored(robot).criteria().size() == 4);
        TenderCriterion added = stored(robot).criteria().get(3);
        assertEquals(CriterionType.GUNNINGSCRITERIUM, added.type());
        assertEquals("DV-2.3", added.toolNumber());
        AppFixture.scrollIntoView(robot, "#tender-criteria-tool");
        robot.clickOn("#tender-criteria-tool");
        assertEquals(List.of(TendersView.CRITERIA_TOOL), app.dialogs().links());
    }

    @Test
    void aConsultationAndAnEffectAreAddedAndABadValueIsRefused(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#tender-consultation-parties");
        robot.clickOn("#tender-consultation-parties").write("Twee laadpaalbedrijven");
        robot.clickOn("#tender-consultation-learned").write("Snelladers bij de stalling kunnen in 2027");
        robot.clickOn("#tender-consultation-add");
        waitUntil(() -> stored(robot).consultations().size() == 2);
        AppFixture.scrollIntoView(robot, "#tender-effect-value");
        robot.clickOn("#tender-effect-description").write("Minder diesel");
        robot.clickOn("#tender-effect-value").write("veel");
        assertTrue(robot.lookup("#tender-effect-add").queryAs(Button.class).isDisabled(), "a value must be a number");
        robot.interact(() -> robot.lookup("#tender-effect-value").queryTextInputControl().clear());
        robot.clickOn("#tender-effect-value").write("12,5");
        robot.clickOn("#tender-effect-unit").write("kL");
        robot.clickOn("#tender-effect-add");
        waitUntil(() -> stored(robot).effects().size() == 3);
        assertTrue(stored(robot).effects().stream().anyMatch(e -> e.value() != null && e.value() == 12.5
                && e.unit().equals("kL")));
        assertTrue(robot.lookup("#tender-title").queryAs(Label.class).getText().startsWith("Emissievrij"));
    }
}
