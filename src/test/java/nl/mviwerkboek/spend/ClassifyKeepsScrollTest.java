package nl.mviwerkboek.spend;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After "Indelen" the classification tab stays where the officer had scrolled to. */
@ExtendWith(ApplicationExtension.class)
class ClassifyKeepsScrollTest {

    @TempDir
    static Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        stage.setWidth(1440);
        stage.setHeight(900);
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static ScrollPane scrollOf(Node node) {
        Parent p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return (ScrollPane) p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void assigningFromTheWorklistKeepsTheScrollPosition(FxRobot robot) throws Exception {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.SPENDANALYSE));
        waitUntil(() -> robot.lookup("#classified-share").tryQuery().isPresent()
                && robot.lookup("#classified-share").queryAs(Labeled.class).getText().startsWith("Ingedeeld"));
        TabPane tabs = robot.lookup("#spend-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("tab-classification")).findFirst().orElseThrow()));
        TableView<Object> worklist = robot.lookup("#worklist-table").queryAs(TableView.class);
        waitUntil(() -> worklist.getItems().size() > 2);
        int before = worklist.getItems().size();
        ScrollPane scroll = scrollOf(worklist);
        robot.interact(() -> worklist.getSelectionModel().select(0));
        ComboBox<ProductGroup> box = robot.lookup("#worklist-group").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(g -> g.code().equals("cultuur"))
                .findFirst().orElseThrow()));
        AppFixture.scrollIntoView(robot, "#worklist-assign");
        robot.interact(() -> scroll.setVvalue(Math.max(scroll.getVvalue(), 0.5)));
        WaitForAsyncUtils.waitForFxEvents();
        double at = scroll.getVvalue();
        assertTrue(at > 0.3, "scrolled down: " + at);
        robot.clickOn("#worklist-assign");
        waitUntil(() -> worklist.getItems().size() == before - 1);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, scroll.getVvalue(), 0.02);
    }
}
