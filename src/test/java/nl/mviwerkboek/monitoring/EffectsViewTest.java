package nl.mviwerkboek.monitoring;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.EffectKind;
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

/** Monitoring's effects tab: all effects, and one added to a running contract that had no tender action. */
@ExtendWith(ApplicationExtension.class)
class EffectsViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("effects-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#monitoring-tabs").tryQuery().isPresent());
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-effects");
        waitUntil(() -> robot.lookup("#monitoring-effects").queryTableView().getItems().size() == 6);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void anEffectIsAddedToARunningContractAndCountsTowardsItsGoal(FxRobot robot) {
        assertTrue(robot.lookup("#monitoring-effect-add").queryAs(Button.class).isDisabled(), "first choose whose");
        ComboBox<EffectSubject> subject = robot.lookup("#monitoring-effect-subject").queryComboBox();
        EffectSubject energy = subject.getItems().stream().filter(s -> s.label().equals(
                "Contract: Levering elektriciteit en gas")).findFirst().orElseThrow();
        robot.interact(() -> {
            subject.setValue(energy);
            robot.lookup("#monitoring-effect-kind").<ComboBox<EffectKind>>query().setValue(EffectKind.GEREALISEERD);
        });
        robot.clickOn("#monitoring-effect-description").write("Groene stroom uit Nederland");
        robot.clickOn("#monitoring-effect-value").write("100");
        robot.clickOn("#monitoring-effect-unit").write("%");
        robot.clickOn("#monitoring-effect-add");
        waitUntil(() -> robot.lookup("#monitoring-effects").queryTableView().getItems().size() == 7);
        Effect added = app.window().workbench().sessionProperty().get().monitoring().picture().join().effects().stream()
                .filter(e -> e.description().equals("Groene stroom uit Nederland")).findFirst().orElseThrow();
        assertEquals(energy.contractId(), added.contractId());
        assertEquals(null, added.actionId());
        assertEquals(100.0, added.value());
    }

    @Test
    void theGoalProgressTabShowsTheEffectsCountedTowardsTheSelectedGoal(FxRobot robot) {
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-goal-progress");
        javafx.scene.control.TableView<GoalStatus> goals = robot.lookup("#trend-table").queryTableView();
        waitUntil(() -> !goals.getItems().isEmpty());
        robot.interact(() -> goals.getSelectionModel().select(goals.getItems().stream()
                .filter(g -> g.goal().statement().startsWith("Het doelgroepenvervoer")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#trend-effects").queryLabeled().getText().equals(
                "Effecten van aanbestedingen en contracten voor dit doel: verwacht 40 ton CO2, bereikt 18 ton CO2."));
    }
}
