package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.inventory.InventoryItem;
import nl.mviwerkboek.monitoring.Success;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Insert/Ctrl+N, F2 and Delete in the tables of three chapters, pressed on the keyboard. */
@ExtendWith(ApplicationExtension.class)
class TableKeysTest {

    @TempDir
    static Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> focusFirstRow(FxRobot robot, String table) {
        waitUntil(() -> robot.lookup(table).tryQuery().isPresent()
                && !robot.lookup(table).queryAs(TableView.class).getItems().isEmpty());
        AppFixture.scrollIntoView(robot, table);
        TableView<T> view = robot.lookup(table).queryAs(TableView.class);
        robot.interact(() -> {
            view.requestFocus();
            view.getSelectionModel().select(0);
            view.getFocusModel().focus(0);
        });
        return view;
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    private static DialogPane await(FxRobot robot, String id) {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void stakeholdersInsertAddsF2EditsTheSelectedAndDeleteAsksWithItsName(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        TableView<Stakeholder> table = focusFirstRow(robot, "#stakeholder-table");
        Stakeholder first = table.getItems().get(0);
        int before = table.getItems().size();

        press(robot, KeyCode.INSERT);
        await(robot, "#stakeholder-dialog");
        assertEquals("", robot.lookup("#stakeholder-name").queryAs(TextField.class).getText());
        robot.clickOn("#stakeholder-cancel");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isEmpty());

        focusFirstRow(robot, "#stakeholder-table");
        press(robot, KeyCode.F2);
        await(robot, "#stakeholder-dialog");
        assertEquals(first.name(), robot.lookup("#stakeholder-name").queryAs(TextField.class).getText());
        robot.clickOn("#stakeholder-cancel");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isEmpty());

        focusFirstRow(robot, "#stakeholder-table");
        press(robot, KeyCode.DELETE);
        DialogPane ask = await(robot, "#dialog");
        assertTrue(ask.getContentText().contains(first.name()), ask.getContentText());
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> table.getItems().size() == before - 1);
        assertFalse(table.getItems().contains(first));
        assertEquals(before - 1, app.window().workbench().sessionProperty().get().stakeholders().list().join().size());
    }

    @Test
    void inventoryCtrlNAddsARowNotANewPlan(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.HUIDIGE_SITUATIE));
        TableView<InventoryItem> table = focusFirstRow(robot, "#inventory-table");
        press(robot, KeyCode.CONTROL, KeyCode.N);
        await(robot, "#inventory-dialog");
        assertTrue(robot.lookup("#newplan-dialog").tryQuery().isEmpty());
        robot.clickOn("#inventory-cancel");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isEmpty());

        InventoryItem first = table.getItems().get(0);
        focusFirstRow(robot, "#inventory-table");
        press(robot, KeyCode.DELETE);
        DialogPane ask = await(robot, "#dialog");
        assertTrue(ask.getContentText().contains(first.title()), ask.getContentText());
        robot.clickOn("#" + FxDialogs.CANCEL_ID);
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isEmpty());
        assertTrue(table.getItems().contains(first));
    }

    @Test
    void successesDeleteRemovesTheRowAfterConfirming(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#monitoring-tabs").tryQuery().isPresent());
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-successes");
        TableView<Success> table = focusFirstRow(robot, "#success-table");
        Success first = table.getItems().get(0);
        int before = table.getItems().size();
        press(robot, KeyCode.DELETE);
        await(robot, "#dialog");
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> table.getItems().size() == before - 1);
        assertFalse(table.getItems().contains(first));
    }

    @Test
    void objectionsInsertGoesToTheNewReasonFieldAndDeleteRemovesTheSelected(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        TableView<nl.mviwerkboek.plan.Objection> table = focusFirstRow(robot, "#objection-table");
        var first = table.getItems().get(0);
        int before = table.getItems().size();
        press(robot, KeyCode.INSERT);
        waitUntil(() -> robot.lookup("#objection-new-reason").query().isFocused());
        robot.write("Het is te duur").type(KeyCode.TAB).write("Reken met de hele levensduur").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == before + 1);

        focusFirstRow(robot, "#objection-table");
        press(robot, KeyCode.DELETE);
        waitUntil(() -> table.getItems().size() == before);
        assertFalse(table.getItems().contains(first));
        assertEquals(before, app.window().workbench().sessionProperty().get().support().picture().join().objections().size());
    }
}
