package nl.mviwerkboek.actions;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
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
class ActionsViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("actions-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.ACTIES));
        waitUntil(() -> table(robot).getItems().size() == 40);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static TableView<Action> table(FxRobot robot) {
        return robot.lookup("#action-table").queryTableView();
    }

    private ActionService service() {
        return app.window().workbench().sessionProperty().get().actions();
    }

    private Action stored(long id) {
        return service().picture().join().actions().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void filtersNarrowTheListAndTheCountSaysSo(FxRobot robot) {
        LocalDate today = LocalDate.now();
        List<Action> all = service().picture().join().actions();
        long overdue = all.stream().filter(a -> a.isOverdue(today)).count();
        robot.clickOn("#action-filter-overdue");
        waitUntil(() -> table(robot).getItems().size() == overdue);
        assertTrue(table(robot).getItems().stream().allMatch(a -> a.isOverdue(today)));
        assertTrue(robot.lookup("#action-count").queryAs(Label.class).getText()
                .startsWith(overdue + " van 40 acties getoond · " + overdue + " te laat"));

        robot.clickOn("#action-filter-clear");
        waitUntil(() -> table(robot).getItems().size() == 40);
        assertEquals(false, robot.lookup("#action-filter-overdue").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> robot.lookup("#action-filter-kind").<javafx.scene.control.ComboBox<ActionKind>>query()
                .setValue(ActionKind.MARKTCONSULTATIE));
        waitUntil(() -> table(robot).getItems().size() == 2);
    }

    @Test
    void severalActionsGetTheSameStatusInOneStepAndTheTitleIsEditedInPlace(FxRobot robot) {
        TableView<Action> table = table(robot);
        List<Long> ids = List.of(table.getItems().get(0).id(), table.getItems().get(1).id());
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        robot.clickOn("#action-set-status");
        robot.clickOn("#action-set-status-uitgesteld");
        waitUntil(() -> ids.stream().allMatch(id -> stored(id).status() == ActionStatus.UITGESTELD));

        long first = table.getItems().get(2).id();
        @SuppressWarnings("unchecked")
        TableColumn<Action, ?> title = table.getColumns().get(0);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(2);
            table.edit(2, title);
        });
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("Inkoopplan bespreken met het MT").type(KeyCode.ENTER);
        waitUntil(() -> stored(first).title().equals("Inkoopplan bespreken met het MT"));
    }

    @Test
    void aDueDateTypedInTheTableIsSavedOrRefusedUnderTheTable(FxRobot robot) {
        TableView<Action> table = table(robot);
        long id = table.getItems().get(3).id();
        java.time.LocalDate before = stored(id).due();
        @SuppressWarnings("unchecked")
        TableColumn<Action, ?> due = table.getColumns().stream()
                .filter(c -> c.getText().equals(nl.mviwerkboek.shared.i18n.Messages.get("action.field.due")))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(3);
            table.edit(3, due);
        });
        waitUntil(() -> table.getEditingCell() != null);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("31-2-2027").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#action-edit-error").queryLabeled().isVisible());
        assertEquals("⚠ De datum „31-2-2027” is niet bewaard: Die datum bestaat niet; kijk de dag en de maand na.",
                robot.lookup("#action-edit-error").queryLabeled().getText());
        assertEquals(before, stored(id).due());

        int row = table.getItems().indexOf(table.getItems().stream().filter(a -> a.id() == id).findFirst().orElseThrow());
        robot.interact(() -> table.edit(row, due));
        waitUntil(() -> table.getEditingCell() != null);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1 maart 2027").type(KeyCode.ENTER);
        waitUntil(() -> java.time.LocalDate.of(2027, 3, 1).equals(stored(id).due()));
        assertFalse(robot.lookup("#action-edit-error").queryLabeled().isVisible());
    }

    @Test
    void aNoteIsAddedToTheSelectedActionsLog(FxRobot robot) {
        TableView<Action> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(5));
        long id = table.getItems().get(5).id();
        AppFixture.scrollIntoView(robot, "#action-note-text");
        robot.clickOn("#action-note-text").write("Offerte aangevraagd");
        AppFixture.scrollIntoView(robot, "#action-note-add");
        robot.clickOn("#action-note-add");
        waitUntil(() -> robot.lookup("#action-log").queryTableView().getItems().size()
                == service().picture().join().notesOf(id).size() && !service().picture().join().notesOf(id).isEmpty());
        assertEquals("Offerte aangevraagd", service().picture().join().notesOf(id).get(0).text());
    }

    @Test
    void aSuggestionIsTakenOverThroughTheDialogOrDismissedForGood(FxRobot robot) {
        AppFixture.selectTab(robot, "#action-tabs", "tab-suggestions");
        int before = service().picture().join().suggestions().size();
        assertTrue(before >= 2, "the sample leaves goals without owner or action");
        String dismissed = service().picture().join().suggestions().get(0).key();
        robot.clickOn("#suggestion-dismiss-0");
        waitUntil(() -> service().picture().join().suggestions().size() == before - 1);
        assertTrue(service().picture().join().suggestions().stream().noneMatch(s -> s.key().equals(dismissed)));

        Suggestion next = service().picture().join().suggestions().get(0);
        robot.clickOn("#suggestion-accept-0");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        robot.clickOn("#action-save");
        waitUntil(() -> service().picture().join().actions().size() == 41);
        assertTrue(service().picture().join().actions().stream().anyMatch(a -> a.title().equals(next.proposal().title())));
        assertEquals(before - 2, service().picture().join().suggestions().size());
    }

    @Test
    void theTimelineShowsADatedBarPerActionOverThePlanPeriod(FxRobot robot) {
        AppFixture.selectTab(robot, "#action-tabs", "tab-timeline");
        GridPane grid = robot.lookup("#timeline-grid").queryAs(GridPane.class);
        long bars = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("timeline-bar")).count();
        assertEquals(40, bars, "every sample action has dates inside 2026–2029");
        int year = LocalDate.now().getYear();
        assertEquals(year >= 2026 && year <= 2029 ? 1 : 0,
                grid.getChildren().stream().filter(n -> n.getStyleClass().contains("timeline-now")).count());
        Label bar = robot.lookup("#timeline-bar-" + table(robot).getItems().get(0).id()).queryAs(Label.class);
        assertTrue(bar.getStyleClass().stream().anyMatch(s -> s.startsWith("status-")));
    }
}
