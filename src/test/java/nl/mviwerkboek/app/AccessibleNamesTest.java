package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the sample plan, visits every chapter and every tab of it and walks the focus with Tab through the whole
 * window until it wraps around: every control that gets the focus has a name a screen reader can read
 * (EN 301 549, ADR 0032).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyFocusedControlInEveryChapterHasAName(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<Node> visited = new ArrayList<>();
        app.awaitPlan();
        for (Chapter chapter : Chapter.values()) {
            FormTyping.open(app, robot, chapter, "#chapter-content");
            AppFixture.waitUntil(() -> !robot.lookup("#chapter-content").queryParent().getChildrenUnmodifiable().isEmpty());
            Node page = robot.lookup("#chapter-content").queryParent().getChildrenUnmodifiable().get(0);
            TabPane tabs = robot.from(page).lookup(".tab-pane").tryQuery().map(TabPane.class::cast).orElse(null);
            int count = tabs == null ? 1 : tabs.getTabs().size();
            for (int t = 0; t < count; t++) {
                String where = chapter.id();
                if (tabs != null) {
                    int index = t;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    where += " / " + tabs.getTabs().get(t).getId();
                }
                WaitForAsyncUtils.waitForFxEvents();
                showDetails(robot, page);
                robot.interact(() -> robot.lookup("#nav-" + chapter.id()).query().requestFocus());
                int before = visited.size();
                problems.addAll(FocusWalk.walk(robot, () -> page.getScene(), where, visited));
                assertTrue(visited.size() - before > 2,
                        where + ": the walk reached only " + visited.subList(before, visited.size()).stream()
                                .map(FocusWalk::describe).toList());
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " controls without a name:\n" + String.join("\n", problems));
        assertTrue(visited.stream().anyMatch(n -> n instanceof javafx.scene.control.TableView<?>),
                "the walk went through tables");
    }

    /** Selects the first entry of every list and table on the page, so the panes that show a selection appear. */
    private static void showDetails(FxRobot robot, Node page) {
        for (Node n : robot.from(page).lookup(".list-view").queryAll()) {
            if (n instanceof javafx.scene.control.ListView<?> list && !list.getItems().isEmpty()) {
                robot.interact(() -> list.getSelectionModel().select(0));
            }
        }
        for (Node n : robot.from(page).lookup(".table-view").queryAll()) {
            if (n instanceof javafx.scene.control.TableView<?> table && !table.getItems().isEmpty()
                    && table.getSelectionModel().isEmpty()) {
                robot.interact(() -> table.getSelectionModel().select(0));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
