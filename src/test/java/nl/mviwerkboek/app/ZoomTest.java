package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Zoom;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Plus, Ctrl+Minus and Ctrl+0 change the font size of the whole window in steps, the zoom is remembered
 * for the next start, dialogs follow it, and at 150 % on a 1440×900 window the chapters' texts are not cut off.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomTest {

    @TempDir
    static Path dir;
    private Path home;
    private Path plan;
    private AppFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Zoom.reset();
        String name = "plan-" + System.nanoTime() + ".mviplan";
        TestPlans.sample(dir, name).close();
        plan = dir.resolve(name);
        home = dir.resolve("home-" + System.nanoTime());
        app = AppFixture.start(stage, home, Optional.of(plan));
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(Zoom::reset).get();
        FxToolkit.hideStage();
    }

    @Test
    void theKeysChangeTheFontSizeInStepsAndTheZoomIsRemembered(FxRobot robot) throws Exception {
        app.awaitPlan();
        assertEquals(14.0, rootFontSize(robot), 0.01);
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        assertEquals(110, Zoom.percentProperty().get());
        assertEquals(15.4, rootFontSize(robot), 0.01);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(125, Zoom.percentProperty().get(), "Ctrl+= (plus without Shift) zooms in too");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(110, Zoom.percentProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(100, Zoom.percentProperty().get());
        for (int i = 0; i < 10; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        }
        assertEquals(200, Zoom.percentProperty().get(), "at most 200 %");
        assertEquals(28.0, rootFontSize(robot), 0.01);
        for (int i = 0; i < 10; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        }
        assertEquals(80, Zoom.percentProperty().get(), "at least 80 %");
        robot.clickOn("#menu-view").clickOn("#menu-zoom-reset");
        assertEquals(100, Zoom.percentProperty().get(), "Beeld > Ware grootte");
        robot.clickOn("#menu-view").clickOn("#menu-zoom-in");
        robot.clickOn("#menu-view").clickOn("#menu-zoom-in");
        robot.clickOn("#menu-view").clickOn("#menu-zoom-in");
        assertEquals(150, Zoom.percentProperty().get(), "Beeld > Inzoomen, three times: 110, 125, 150 %");
        assertEquals(150, AppSettings.load(DataFolder.at(home)).zoom(), "saved at once");

        robot.interact(() -> app.window().requestExit());
        waitUntil(() -> !stage.isShowing());
        robot.interact(() -> {
            Zoom.reset(); // as in a new process
            app = AppFixture.start(stage, home, Optional.of(plan));
        });
        app.awaitPlan();
        assertEquals(150, Zoom.percentProperty().get(), "the zoom of the last session");
        assertEquals(21.0, rootFontSize(robot), 0.01);
    }

    @Test
    void dialogsFollowTheZoom(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.STARTEN, "#stakeholder-add");
        robot.interact(() -> Zoom.set(150));
        AppFixture.scrollIntoView(robot, "#stakeholder-add");
        robot.clickOn("#stakeholder-add");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        Parent pane = robot.lookup("#stakeholder-dialog").query();
        assertTrue(pane.getStyle().contains("-fx-font-size: 21.0px"), pane.getStyle());
        Labeled label = robot.from(pane).lookup(".form-label").query();
        assertEquals(21.0, label.getFont().getSize(), 0.01, "the dialog's labels are drawn at 150 %");
        AppFixture.cancelDialog(robot, "#stakeholder-cancel");
    }

    @Test
    void atOneAndAHalfTimesTheChaptersTextsAreNotCutOff(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1440);
            stage.setHeight(900);
            Zoom.set(150);
        });
        List<String> cut = new ArrayList<>();
        for (Chapter chapter : new Chapter[] {Chapter.OVERZICHT, Chapter.STARTEN, Chapter.ACTIES, Chapter.MONITORING}) {
            FormTyping.open(app, robot, chapter, "#chapter-content");
            WaitForAsyncUtils.waitForFxEvents();
            Node page = robot.lookup("#main-window").query();
            assertEquals(21.0, robot.lookup("#nav-" + chapter.id()).queryLabeled().getFont().getSize(), 0.01);
            collectCut(page, chapter.id(), cut);
        }
        assertTrue(cut.isEmpty(), "texts cut off at 150 %:\n" + String.join("\n", cut));
    }

    /** Labels and buttons (not table cells and column headers, nor a combo box's own text) whose shown text is shorter than their text. */
    private static void collectCut(Node node, String where, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?> || node instanceof ComboBoxBase<?>
                || node.getStyleClass().contains("column-header")) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String shown = node.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> t.getParent() == l || t.getParent().getParent() == l).map(Text::getText)
                    .findFirst().orElse(l.getText());
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (!shown.replace("\n", " ").strip().equals(full.replace("\n", " ").strip())) {
                cut.add(where + ": " + (l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId())
                        + " shows \"" + shown + "\" of \"" + full + "\"");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectCut(child, where, cut));
        }
    }

    private static double rootFontSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = robot.lookup("#main-window").queryParent();
        return root.getScene().getRoot() == root ? javafx.scene.text.Font.font(root.getStyle().isEmpty() ? 14
                : Double.parseDouble(root.getStyle().replaceAll("[^0-9.]", ""))).getSize() : -1;
    }
}
