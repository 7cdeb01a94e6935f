package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("shell-" + System.nanoTime()), Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void theSampleRequestOpensAFreshSampleWithABanner(FxRobot robot) {
        app.awaitPlan();
        waitUntil(() -> robot.lookup("#fact-organisation").tryQuery().isPresent());
        assertEquals("Voorbeeldgemeente (Gemeente)", robot.lookup("#fact-organisation").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#sample-banner").query().isVisible());
        Stage stage = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
        waitUntil(() -> stage.getTitle().startsWith("Voorbeeldgemeente (voorbeeld) — Voorbeeldgemeente-"));
        assertTrue(app.window().workbench().sessionProperty().get().db().file().startsWith(
                home.toAbsolutePath()), "the sample copy lives in the data folder");
        assertTrue(app.window().workbench().recentPlans().isEmpty(), "a sample copy is not a recent plan");
    }

    @Test
    void sidebarShortcutsAndOverviewButtonsSwitchChapters(FxRobot robot) {
        app.awaitPlan();
        robot.clickOn("#nav-starten");
        waitUntil(() -> robot.lookup("#starten-view").tryQuery().isPresent());
        assertEquals(Chapter.STARTEN, app.window().workbench().chapterProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#situation-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#situation-view #chapter-tips .advice").queryAll().size() >= 3,
                "a built chapter keeps its advice, folded under Tips");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#overview-goto-starten").tryQuery().isPresent());
        robot.clickOn("#overview-goto-starten");
        waitUntil(() -> robot.lookup("#starten-view").tryQuery().isPresent());

        for (Chapter chapter : Chapter.values()) {
            robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
            Node content = robot.lookup("#chapter-content").query();
            assertFalse(((javafx.scene.layout.StackPane) content).getChildren().isEmpty(), chapter + " shows a page");
        }
    }

    @Test
    void aFileDroppedOnTheWindowOpensTheImportWizard(FxRobot robot) throws Exception {
        app.awaitPlan();
        Path export = Files.writeString(home.resolve("gesleept-" + System.nanoTime() + ".csv"),
                "Leverancier;Datum;Bedrag\nGroen BV;01-03-2025;10,00\n");
        MainWindow window = robot.lookup("#main-window").queryAs(MainWindow.class);
        boolean[] accepted = new boolean[1];
        robot.interact(() -> accepted[0] = window.importDropped(java.util.List.of(export.toFile())));
        assertTrue(accepted[0]);
        assertEquals(Chapter.SPENDANALYSE, app.window().workbench().chapterProperty().get());
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isPresent());
        AppFixture.cancelDialog(robot, "#wizard-cancel");
    }

    @Test
    void everyChapterPageHasItsAdvice(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.RAPPORT));
        waitUntil(() -> robot.lookup("#report-chapter").tryQuery().isPresent());
        assertTrue(robot.lookup("#report-chapter .advice").queryAll().size() >= 3);
    }

    @Test
    void everyEditIsConfirmedInTheStatusBar(FxRobot robot) throws Exception {
        app.awaitPlan();
        robot.clickOn("#nav-starten");
        waitUntil(() -> robot.lookup("#profile-commissioner").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#profile-name").queryTextInputControl().getText().isEmpty());
        var field = robot.lookup("#profile-commissioner").queryTextInputControl();
        robot.clickOn(field);
        waitUntil(field::isFocused);
        robot.press(KeyCode.END).release(KeyCode.END).write(" ai").type(KeyCode.ENTER);
        waitUntil(() -> field.getText().endsWith(" ai"));
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .startsWith("Alle wijzigingen bewaard om"));
        Path file = app.window().workbench().sessionProperty().get().db().file();
        assertTrue(Files.exists(file));
    }
}
