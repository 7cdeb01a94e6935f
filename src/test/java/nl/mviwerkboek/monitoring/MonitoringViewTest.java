package nl.mviwerkboek.monitoring;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.i18n.Formats;
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
class MonitoringViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("monitoring-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#review-table").queryTableView().getItems().size() == 2);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private MonitoringService service() {
        return app.window().workbench().sessionProperty().get().monitoring();
    }

    private void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#monitoring-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void aReviewShowsTheActionsChangedSinceThePreviousOneAndANewOneSetsTheNextDate(FxRobot robot) {
        TableView<Review> reviews = robot.lookup("#review-table").queryTableView();
        robot.interact(() -> reviews.getSelectionModel().select(0));
        TableView<ChangedAction> changes = robot.lookup("#review-changes").queryTableView();
        waitUntil(() -> !changes.getItems().isEmpty());
        assertTrue(changes.getItems().stream().anyMatch(c -> c.action().title().startsWith("Werkbezoek")
                && c.describe().equals("Gepland → Geschrapt")), "the September review shows what changed since June");
        assertTrue(robot.lookup("#review-changes-title").queryAs(Label.class).getText()
                .startsWith("Gewijzigd tot en met de review van 30-09-2026"));

        AppFixture.scrollIntoView(robot, "#review-add");
        robot.clickOn("#review-add");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isPresent());
        robot.clickOn("#review-notes").write("Tussenstand doorgenomen");
        robot.clickOn("#review-save");
        waitUntil(() -> service().picture().join().reviews().size() == 3);
        Review added = service().picture().join().reviews().get(0);
        assertEquals(LocalDate.now(), added.heldOn());
        assertEquals(LocalDate.now().plusMonths(3), added.nextOn(), "quarterly, like the review before");
        waitUntil(() -> robot.lookup("#review-next-date").queryAs(Label.class).getText()
                .equals("Volgende review: " + Formats.date(LocalDate.now().plusMonths(3))));
    }

    @Test
    void theGoalTabJudgesEveryGoalAndChartsTheSelectedOne(FxRobot robot) {
        tab(robot, 1);
        TableView<GoalStatus> goals = robot.lookup("#trend-table").queryTableView();
        waitUntil(() -> goals.getItems().size() == 7);
        GoalStatus fleet = goals.getItems().stream().filter(g -> g.goal().statement().startsWith("Het eigen wagenpark"))
                .findFirst().orElseThrow();
        robot.interact(() -> goals.getSelectionModel().select(fleet));
        LineChart<?, ?> chart = robot.lookup("#trend-chart").queryAs(LineChart.class);
        waitUntil(() -> chart.getData().get(0).getData().size() == 2);
        assertEquals(2, chart.getData().get(1).getData().size(), "baseline to target");
        assertTrue(robot.lookup("#trend-summary").queryAs(Label.class).getText().contains("doelen op koers of gehaald"));
    }

    @Test
    void aYearlyVersionIsKeptAndComparedWithTheEarlierOne(FxRobot robot) {
        tab(robot, 2);
        TableView<PlanVersion> versions = robot.lookup("#version-table").queryTableView();
        waitUntil(() -> versions.getItems().size() == 1);
        AppFixture.scrollIntoView(robot, "#version-compare");
        robot.clickOn("#version-compare");
        TableView<Difference> diff = robot.lookup("#version-differences").queryTableView();
        waitUntil(() -> !diff.getItems().isEmpty());
        assertTrue(diff.getItems().stream().anyMatch(d -> d.part() == Difference.Part.ACTION
                && d.subject().startsWith("Marktdag doelgroepenvervoer") && d.after().startsWith("Gereed")));

        AppFixture.scrollIntoView(robot, "#version-take");
        robot.clickOn("#version-take");
        waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        robot.clickOn("#version-note").write("Jaarevaluatie");
        robot.clickOn("#version-save");
        waitUntil(() -> versions.getItems().size() == 2);
        assertEquals(String.valueOf(LocalDate.now().getYear()), versions.getItems().get(1).label());
        robot.interact(() -> robot.lookup("#version-from").<javafx.scene.control.ComboBox<VersionsViewModel.Side>>query()
                .getSelectionModel().select(1));
        AppFixture.scrollIntoView(robot, "#version-compare");
        robot.clickOn("#version-compare");
        waitUntil(() -> robot.lookup("#version-compare-result").queryAs(Label.class).getText().startsWith("Geen verschillen"));
    }
}
