package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.RealWindows.check;
import static nl.mviwerkboek.app.RealWindows.press;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.WindowPlacement;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window and the dialogs of the Starten, Huidige situatie, Focus and Acties chapters and of the menus,
 * on the sample plan in a real window under a window manager (the real-window profile, see {@link RealWindows}
 * for what is checked of each dialog).
 */
@Tag("real-window")
@Timeout(600)
@ExtendWith(ApplicationExtension.class)
class RealWindowTest extends SamplePlanTyping {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        startOnSample(stage);
    }

    @Test
    void theMainWindowOpensAtMostOfTheScreenAndStaysMaximisedWhileADialogIsOpen(FxRobot robot) {
        app.awaitPlan();
        String toolkit = com.sun.glass.ui.Application.GetApplication().getClass().getName();
        System.out.println("real-window toolkit " + toolkit);
        assertFalse(toolkit.contains("Monocle"), "the real toolkit, not " + toolkit);
        RealWindows.settle(stage);
        Rectangle2D screen = RealWindows.screenOf(stage);
        String at = (int) stage.getX() + "," + (int) stage.getY() + " " + (int) stage.getWidth() + "×"
                + (int) stage.getHeight() + " on " + (int) screen.getWidth() + "×" + (int) screen.getHeight();
        System.out.println("real-window main window " + at);
        double w = Math.max(MainWindowPlacement.MIN_WIDTH, screen.getWidth() * WindowPlacement.MAIN_SHARE);
        double h = Math.max(MainWindowPlacement.MIN_HEIGHT, screen.getHeight() * WindowPlacement.MAIN_SHARE);
        assertEquals(Math.min(w, screen.getWidth()), stage.getWidth(), 16, "about 85 % wide: " + at);
        assertEquals(Math.min(h, screen.getHeight()), stage.getHeight(), 16, "about 85 % high: " + at);
        assertEquals(screen.getMinX() + screen.getWidth() / 2, stage.getX() + stage.getWidth() / 2, 16, "centred " + at);
        assertEquals(screen.getMinY() + screen.getHeight() / 2, stage.getY() + stage.getHeight() / 2, 24, "centred " + at);

        robot.interact(() -> stage.setMaximized(true));
        waitUntil(() -> stage.isMaximized() && stage.getWidth() >= screen.getWidth() - 1);
        RealWindows.settle(stage);
        double maxW = stage.getWidth();
        double maxH = stage.getHeight();
        FormTyping.open(app, robot, Chapter.STARTEN, "#stakeholder-add");
        check(robot, stage, "Betrokkene toevoegen (maximised owner)", () -> press(robot, "#stakeholder-add"),
                "#stakeholder-dialog", true);
        RealWindows.settle(stage);
        assertTrue(stage.isMaximized(), "still maximised after the dialog");
        assertEquals(maxW, stage.getWidth(), 1);
        assertEquals(maxH, stage.getHeight(), 1);
        assertFalse(stage.getScene().getRoot().isDisabled(), "the main window takes input again");
    }

    @Test
    void startenDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.STARTEN, "#stakeholder-table .table-row-cell");
        check(robot, stage, "Betrokkene toevoegen", () -> press(robot, "#stakeholder-add"), "#stakeholder-dialog", true);
        check(robot, stage, "Thema toevoegen", () -> press(robot, "#theme-add"), "#theme-dialog", true);
        check(robot, stage, "Eigen plan maken", () -> press(robot, "#sample-banner-new"), "#newplan-dialog", true);
    }

    @Test
    void situationAndFocusDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.HUIDIGE_SITUATIE, "#inventory-table .table-row-cell");
        check(robot, stage, "Inventaris toevoegen", () -> press(robot, "#inventory-add"), "#inventory-dialog", true);
        FormTyping.open(app, robot, Chapter.FOCUS, "#focus-table .table-row-cell");
        robot.interact(() -> robot.lookup("#focus-table").queryTableView().getSelectionModel().select(0));
        check(robot, stage, "Focusthema bewerken", () -> press(robot, "#focus-edit"), "#focus-dialog", false);
        AppFixture.selectTab(robot, "#focus-tabs", "tab-goals");
        check(robot, stage, "Doel toevoegen", () -> press(robot, "#goal-add"), "#goal-dialog", true);
    }

    @Test
    void actionDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.ACTIES, "#action-table .table-row-cell");
        check(robot, stage, "Actie toevoegen", () -> press(robot, "#action-add"), "#action-dialog", true);
        AppFixture.selectTab(robot, "#action-tabs", "tab-suggestions");
        waitUntil(() -> robot.lookup("#suggestion-accept-0").tryQuery().isPresent());
        check(robot, stage, "Suggestie overnemen", () -> press(robot, "#suggestion-accept-0"), "#action-dialog", false);
        AppFixture.selectTab(robot, "#action-tabs", "tab-examples");
        waitUntil(() -> robot.lookup("#example-add").tryQuery().isPresent());
        check(robot, stage, "Voorbeeld toevoegen", () -> press(robot, "#example-add"), "#example-dialog", true);
    }

    @Test
    void theGuideAndTheAboutWindowOpenOverTheMainWindowAndCloseWithEscape(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.FOCUS, "#focus-table .table-row-cell");
        waitUntil(stage::isFocused);
        robot.type(KeyCode.F1);
        Window guide = RealWindows.shown(robot, "#guide-window");
        // a reading window of wrapped text: opened at its designed size, the text scrolling inside
        RealWindows.isPlaced("Handleiding", guide, stage);
        assertTrue(guide.getScene().getWidth() >= 900 - 2 && guide.getScene().getHeight() >= 640 - 2,
                "Handleiding at " + guide.getScene().getWidth() + "×" + guide.getScene().getHeight());
        waitUntil(guide::isFocused);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !guide.isShowing());
        check(robot, stage, "Over MVI Werkboek", () -> RealWindows.pressMenuItem(robot, "menu-about"), "#about-dialog",
                false);
    }
}
