package nl.mviwerkboek.focus;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.plan.Stakeholder;
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

@ExtendWith(ApplicationExtension.class)
class FocusViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("focus-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.FOCUS));
        waitUntil(() -> themes(robot).getItems().size() == 6);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static TableView<FocusTheme> themes(FxRobot robot) {
        return robot.lookup("#focus-table").queryTableView();
    }

    private static TableView<Goal> goals(FxRobot robot) {
        return robot.lookup("#goal-table").queryTableView();
    }

    private FocusService service() {
        return app.window().workbench().sessionProperty().get().focus();
    }

    private FocusTheme focus(String name) {
        return service().picture().join().themes().stream().filter(f -> f.theme().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aFourthFocusThemeGetsAGentleWarningAndLeavingKeepsItsRationale(FxRobot robot) {
        Label count = robot.lookup("#focus-count").queryAs(Label.class);
        assertEquals("3 focusthema's gekozen", count.getText());
        Label warning = robot.lookup("#focus-warning").queryAs(Label.class);
        assertFalse(warning.isVisible());
        long diversity = focus("Diversiteit en inclusie").theme().id();

        robot.clickOn("#focus-chosen-" + diversity);
        waitUntil(() -> warning.isVisible());
        assertEquals("4 focusthema's gekozen", count.getText());
        assertTrue(warning.getText().startsWith("Je hebt 4 focusthema's gekozen. Het advies is ongeveer 3"));
        assertTrue(focus("Diversiteit en inclusie").chosen());

        long climate = focus("Klimaat").theme().id();
        robot.clickOn("#focus-chosen-" + climate);
        waitUntil(() -> !warning.isVisible() && !focus("Klimaat").chosen());
        assertTrue(focus("Klimaat").rationale().startsWith("Sluit aan op de duurzaamheidsagenda"),
                "the rationale stays when a theme leaves the focus");
        assertEquals(3, focus("Klimaat").groupIds().size());
    }

    @Test
    void theFocusDialogSetsAmbitionRationaleAndProductGroups(FxRobot robot) {
        int row = themes(robot).getItems().indexOf(themes(robot).getItems().stream()
                .filter(f -> f.theme().name().equals("Milieu en biodiversiteit")).findFirst().orElseThrow());
        robot.interact(() -> themes(robot).getSelectionModel().select(row));
        robot.clickOn("#focus-edit");
        waitUntil(() -> robot.lookup("#focus-dialog").tryQuery().isPresent());
        robot.clickOn("#focus-chosen");
        robot.clickOn("#ambition-3");
        robot.clickOn("#focus-rationale").write("Groen beheer zonder gif");
        CheckBox groen = robot.lookup("#focus-group-groen").queryAs(CheckBox.class);
        assertTrue(groen.getText().endsWith("· focusgroep"), "the spend analysis's focus groups are marked");
        robot.interact(() -> groen.setSelected(true));
        robot.clickOn("#focus-save");

        waitUntil(() -> focus("Milieu en biodiversiteit").chosen());
        FocusTheme saved = focus("Milieu en biodiversiteit");
        assertEquals(AmbitionLevel.AMBITIEUS, saved.ambition());
        assertEquals("Groen beheer zonder gif", saved.rationale());
        long groenId = service().picture().join().groups().stream().filter(g -> g.code().equals("groen"))
                .findFirst().orElseThrow().id();
        assertEquals(List.of(groenId), saved.groupIds());
        waitUntil(() -> robot.lookup("#focus-warning").queryAs(Label.class).isVisible());
    }

    @Test
    void aGoalIsAddedWithALiveQualityCheckAndGetsProgress(FxRobot robot) {
        TabPane tabs = robot.lookup("#focus-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> goals(robot).getItems().size() == 7);
        assertEquals("4 van 7 doelen meetbaar", robot.lookup("#goals-measurable").queryLabeled().getText());

        robot.clickOn("#goal-add");
        waitUntil(() -> robot.lookup("#goal-dialog").tryQuery().isPresent());
        Button save = robot.lookup("#goal-save").queryButton();
        assertTrue(save.isDisabled());
        robot.clickOn("#goal-statement").write("Minder papier");
        Label quality = robot.lookup("#goal-quality").queryAs(Label.class);
        assertEquals("Ontbreekt: indicator, nulmeting, streefwaarde, jaartal, eigenaar", quality.getText());
        robot.clickOn("#goal-indicator").write("Vellen per medewerker");
        robot.clickOn("#goal-baseline-value").write("1.200");
        robot.clickOn("#goal-baseline-year").write("25");
        assertTrue(save.isDisabled(), "25 is not a year");
        robot.interact(() -> robot.lookup("#goal-baseline-year").queryTextInputControl().setText("2025"));
        robot.clickOn("#goal-target-value").write("600");
        robot.clickOn("#goal-target-year").write("2028");
        assertEquals("Ontbreekt: eigenaar", quality.getText());
        Stakeholder marco = service().picture().join().stakeholders().stream()
                .filter(s -> s.name().equals("Marco de Wit")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#goal-owner").<Stakeholder>queryComboBox().setValue(marco));
        assertEquals("Meetbaar", quality.getText());
        assertFalse(save.isDisabled());
        robot.clickOn("#goal-save");

        waitUntil(() -> goals(robot).getItems().size() == 8);
        assertEquals("5 van 8 doelen meetbaar", robot.lookup("#goals-measurable").queryLabeled().getText());
        Goal added = goals(robot).getSelectionModel().getSelectedItem();
        assertEquals("Minder papier", added.statement());
        assertEquals(1200.0, added.baselineValue());
        assertEquals(marco.id(), added.ownerId());

        AppFixture.scrollIntoView(robot, "#progress-add");
        robot.clickOn("#progress-add");
        waitUntil(() -> robot.lookup("#progress-dialog").tryQuery().isPresent());
        robot.clickOn("#progress-value").write("950");
        robot.clickOn("#progress-save");
        waitUntil(() -> robot.lookup("#progress-table").queryTableView().getItems().size() == 1);
        assertEquals(List.of(950.0), service().picture().join().progressOf(added.id()).stream()
                .map(ProgressEntry::value).toList());
    }
}
