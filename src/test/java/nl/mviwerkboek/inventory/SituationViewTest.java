package nl.mviwerkboek.inventory;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
class SituationViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("situatie-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.HUIDIGE_SITUATIE));
        waitUntil(() -> table(robot).getItems().size() == 11);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static TableView<InventoryItem> table(FxRobot robot) {
        return robot.lookup("#inventory-table").queryTableView();
    }

    private InventoryService service() {
        return app.window().workbench().sessionProperty().get().inventory();
    }

    @Test
    void anItemIsAddedThroughTheDialogWithItsThemes(FxRobot robot) {
        robot.clickOn("#inventory-add");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isPresent());
        Button save = robot.lookup("#inventory-save").queryButton();
        assertTrue(save.isDisabled(), "a title is needed");
        robot.interact(() -> robot.lookup("#inventory-kind").<InventoryKind>queryComboBox().setValue(InventoryKind.KENNIS));
        assertTrue(robot.lookup(".form-hint").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.getText().startsWith("Bijvoorbeeld: een collega")), "the kind explains itself");
        robot.clickOn("#inventory-title").write("Training circulair inkopen");
        long climate = service().situation().join().themes().stream().filter(t -> t.name().equals("Klimaat"))
                .findFirst().orElseThrow().id();
        robot.clickOn("#inventory-theme-" + climate);
        assertFalse(save.isDisabled());
        robot.clickOn("#inventory-save");

        waitUntil(() -> table(robot).getItems().size() == 12);
        InventoryItem added = service().situation().join().items().stream()
                .filter(i -> i.title().equals("Training circulair inkopen")).findFirst().orElseThrow();
        assertEquals(InventoryKind.KENNIS, added.kind());
        assertEquals(java.util.List.of(climate), added.themeIds());
        assertEquals(added, table(robot).getSelectionModel().getSelectedItem(), "the new item is selected");
    }

    @Test
    void theKindFilterShowsOneKindAndTakingOverContractsWorksInOneStep(FxRobot robot) {
        robot.clickOn("#inventory-filter-contract");
        waitUntil(() -> table(robot).getItems().size() == 5);
        assertTrue(table(robot).getItems().stream().allMatch(i -> i.kind() == InventoryKind.CONTRACT));
        Button takeOver = robot.lookup("#inventory-add-contracts").queryButton();
        assertTrue(takeOver.isDisabled(), "the sample's MVI contracts are in already");
        assertEquals("MVI-contracten overnemen (0)", takeOver.getText());

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#inventory-delete");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> table(robot).getItems().size() == 4);
        waitUntil(() -> !takeOver.isDisabled());
        assertEquals("MVI-contracten overnemen (1)", takeOver.getText());
        robot.clickOn("#inventory-add-contracts");
        waitUntil(() -> table(robot).getItems().size() == 5 && takeOver.isDisabled());
        assertEquals(11, service().situation().join().items().size());

        robot.clickOn("#inventory-filter-all");
        waitUntil(() -> table(robot).getItems().size() == 11);
    }

    @Test
    void aChangedStepIsSavedAtOnceAndALowerTargetIsQuestioned(FxRobot robot) {
        TabPane tabs = robot.lookup("#situation-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#maturity-grid .combo-box").tryQuery().isPresent());
        MaturityScore climate = service().situation().join().maturity().stream()
                .filter(m -> m.theme().name().equals("Klimaat")).findFirst().orElseThrow();
        long id = climate.theme().id();
        ComboBox<MaturityStep> target = robot.lookup("#maturity-target-" + id).queryComboBox();
        assertEquals(MaturityStep.BORGING, target.getValue());
        Label warning = robot.lookup("#maturity-warning-" + id).queryAs(Label.class);
        assertFalse(warning.isVisible());

        robot.interact(() -> target.setValue(MaturityStep.AFWEGING));
        assertTrue(warning.isVisible(), "the target is below the current step");
        waitUntil(() -> service().situation().join().maturity().stream()
                .anyMatch(m -> m.theme().id() == id && m.target() == MaturityStep.AFWEGING));
        robot.interact(() -> target.setValue(MaturityStep.LEIDERSCHAP));
        assertFalse(warning.isVisible());

        robot.clickOn("#maturity-note-" + id);
        robot.interact(() -> robot.lookup("#maturity-note-" + id).queryTextInputControl().setText("Nieuwe noot"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> service().situation().join().maturity().stream()
                .anyMatch(m -> m.theme().id() == id && m.note().equals("Nieuwe noot")
                        && m.target() == MaturityStep.LEIDERSCHAP));

        BarChart<?, ?> chart = robot.lookup("#maturity-chart").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().get(1).getData().stream().anyMatch(d -> d.getYValue().equals("Klimaat")
                && ((Number) d.getXValue()).intValue() == 5));
        assertEquals(6, chart.getData().get(0).getData().size(), "one bar per theme in use");
        assertEquals("Ingevuld voor 6 van 6 thema's.", robot.lookup("#maturity-progress").queryLabeled().getText());
    }
}
