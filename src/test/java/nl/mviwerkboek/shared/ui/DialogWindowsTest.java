package nl.mviwerkboek.shared.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.mviwerkboek.shared.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.input.KeyCode;

/**
 * A form dialog set up by {@link DialogWindows}: the focus starts in the first field, Tab leaves a text area,
 * Enter submits only a valid form and makes a new line in a text area, Escape and the close button ask
 * before throwing typed input away, and the window is resizable and centred over its owner.
 */
@Timeout(60) // a nested event loop that waits on the test thread must fail the test, not hang the build
@ExtendWith(ApplicationExtension.class)
class DialogWindowsTest {

    private Stage owner;
    private Dialog<String> dialog;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private ButtonType save;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.DUTCH);
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1000, 700));
        stage.setX(100);
        stage.setY(80);
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(Window::hide));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Doel toevoegen");
            dialog.getDialogPane().setId("test-dialog");
            FormGrid form = new FormGrid();
            form.add("goal.field.statement", Fields.text("test-name", name), null);
            form.add("goal.field.source", Fields.textArea("test-note", note, 3), null);
            dialog.getDialogPane().setContent(form);
            save = DialogButtons.confirmAndCancel(dialog, "button.add", "test-save", "test-cancel",
                    name.isNotEmpty());
            dialog.setResultConverter(b -> b == save ? name.get() : null);
            DialogWindows.prepare(dialog).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow()); // where write() sends its text
    }

    private boolean showing() {
        return dialog.isShowing();
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#test-dialog").query().getScene().getFocusOwner();
    }

    @Test
    void theFocusStartsInTheFirstFieldStillToFillAChoiceMadeAlreadyIsPassed(FxRobot robot) {
        var theme = new javafx.beans.property.SimpleObjectProperty<>("Klimaat");
        Runnable open = () -> {
            dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.getDialogPane().setId("test-dialog");
            FormGrid form = new FormGrid();
            var choice = new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                    "Klimaat", "Circulair"));
            choice.setId("test-theme");
            choice.valueProperty().bindBidirectional(theme);
            form.add("goal.field.theme", choice, null);
            form.add("goal.field.statement", Fields.text("test-name", name), null);
            dialog.getDialogPane().setContent(form);
            DialogButtons.confirmAndCancel(dialog, "button.add", "test-save", "test-cancel", name.isNotEmpty());
            DialogWindows.prepare(dialog).show();
        };
        robot.interact(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(robot.lookup("#test-name").query(), focused(robot), "typing straight away fills the goal");
        robot.interact(() -> dialog.getDialogPane().getScene().getWindow().hide());
        name.set("Minder CO2");
        robot.interact(open); // nothing left empty: the first field
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(robot.lookup("#test-theme").query(), focused(robot));
    }

    @Test
    void theFocusStartsInTheFirstFieldNotOnAnnuleren(FxRobot robot) {
        open(robot);
        assertSame(robot.lookup("#test-name").query(), focused(robot));
        robot.write("Minder CO2");
        assertEquals("Minder CO2", name.get());
        assertTrue(showing(), "typing a space must not press Annuleren");
    }

    @Test
    void tabLeavesATextAreaAndCtrlTabTypesATab(FxRobot robot) {
        open(robot);
        robot.clickOn("#test-note").write("eerste");
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        assertEquals("eerste\t", note.get());
        assertSame(robot.lookup("#test-note").query(), focused(robot));
        robot.type(KeyCode.TAB);
        assertEquals("eerste\t", note.get());
        assertFalse(robot.lookup("#test-note").query().isFocused(), "Tab moves on");
        robot.clickOn("#test-note").push(KeyCode.SHIFT, KeyCode.TAB);
        assertSame(robot.lookup("#test-name").query(), focused(robot), "Shift+Tab moves back");
    }

    @Test
    void enterInATextAreaMakesANewLineAndDoesNotSubmit(FxRobot robot) {
        open(robot);
        robot.write("Minder CO2");
        robot.clickOn("#test-note").write("regel een").type(KeyCode.ENTER).write("regel twee");
        assertEquals("regel een\nregel twee", robot.lookup("#test-note").queryAs(TextArea.class).getText());
        assertTrue(showing());
    }

    @Test
    void enterSubmitsOnlyAValidForm(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.ENTER);
        assertTrue(showing(), "an empty name is no valid form");
        assertTrue(robot.lookup("#test-save").query().isDisabled());
        robot.write("Minder CO2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing());
        assertEquals("Minder CO2", dialog.getResult());
    }

    @Test
    void escapeOnAnUntouchedFormClosesAtOnce(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing());
        assertTrue(robot.lookup("#discard-dialog").tryQuery().isEmpty());
        assertNull(dialog.getResult());
    }

    @Test
    void escapeOnAFilledFormAsksAndKeepsTheInputUnlessThrownAway(FxRobot robot) {
        open(robot);
        robot.write("Minder CO2").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#discard-dialog").tryQuery().isPresent(), "asks before throwing input away");
        assertEquals("Wijzigingen weggooien?", robot.lookup("#discard-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText());
        robot.clickOn("#discard-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing());
        assertEquals("Minder CO2", name.get());
        robot.clickOn("#test-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discard-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing());
        assertNull(dialog.getResult());
    }

    @Test
    void theWindowsCloseButtonAsksToo(FxRobot robot) {
        open(robot);
        robot.write("Minder CO2");
        Window window = robot.lookup("#test-dialog").query().getScene().getWindow();
        // the question waits for an answer in a nested event loop, so the close request must not be waited for:
        // FxRobot.interactNoWait still waits until its runnable returns (it only skips waiting for later events)
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#discard-dialog").tryQuery().isPresent());
        robot.clickOn("#discard-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing());
    }

    @Test
    void enterOnAFocusedAnnulerenPressesAnnuleren(FxRobot robot) {
        open(robot);
        robot.interact(() -> robot.lookup("#test-cancel").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing());
        assertNull(dialog.getResult());
    }

    @Test
    void theDialogIsResizableCentredOverItsOwnerAndKeepsItsOwnerFreeAfterwards(FxRobot robot) throws Exception {
        open(robot);
        Window window = robot.lookup("#test-dialog").query().getScene().getWindow();
        assertTrue(dialog.isResizable());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(window.getX() + window.getWidth() / 2
                - (owner.getX() + owner.getWidth() / 2)) <= 1);
        assertEquals(owner.getY() + owner.getHeight() / 2, window.getY() + window.getHeight() / 2, 1);
        assertTrue(window.getWidth() >= DialogWindows.MIN_WIDTH && window.getHeight() >= DialogWindows.MIN_HEIGHT);
        assertTrue(window.getHeight() >= robot.lookup("#test-dialog").queryAs(javafx.scene.layout.Region.class)
                .prefHeight(window.getWidth()) - 1, "the whole form shows");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(owner.getScene().getRoot().isDisabled());
    }
}
