package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Click to shown for the main dialogs on the sample plan, twice each (first and second opening), as
 * {@link DialogOpenTimer} measures them; the figures go to this test's output, under a bound that only catches
 * large regressions (the 300 ms target is measured by {@code bench.DialogBenchmark} in a real window).
 */
@ExtendWith(ApplicationExtension.class)
class DialogOpenTimeTest extends SamplePlanTyping {

    private static final long FIRST_BOUND_MS = 3_000;
    private static final long LATER_BOUND_MS = 1_500;

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyMainDialogIsTimedFromTheClickToItsFirstFrame(FxRobot robot) {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            FormTyping.open(app, robot, Chapter.FOCUS, "#focus-tabs");
            AppFixture.selectTab(robot, "#focus-tabs", "tab-goals");
            time(robot, times, "#goal-add", "goal-dialog", "goal-dialog", "#goal-cancel");
            AppFixture.selectTab(robot, "#focus-tabs", "tab-focus-themes");
            TableView<?> themes = robot.lookup("#focus-table").queryAs(TableView.class);
            robot.interact(() -> themes.getSelectionModel().select(0));
            time(robot, times, "#focus-edit", "focus-dialog", "focus-dialog", "#focus-cancel");
            FormTyping.open(app, robot, Chapter.ACTIES, "#action-tabs");
            time(robot, times, "#action-add", "action-dialog", "action-dialog", "#action-cancel");
            FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-tabs");
            AppFixture.selectTab(robot, "#spend-tabs", "tab-contracts");
            time(robot, times, "#contract-add", "contract-dialog", "contract-dialog", "#contract-cancel");
            AppFixture.selectTab(robot, "#spend-tabs", "tab-classification");
            AppFixture.scrollIntoView(robot, "#rules-add");
            time(robot, times, "#rules-add", "rule-dialog", "rule-dialog", "#rule-cancel");
            AppFixture.selectTab(robot, "#spend-tabs", "tab-import");
            app.dialogs().answerImportWith(Path.of("sample-data/crediteuren-2024.csv").toAbsolutePath());
            time(robot, times, "#spend-import", "import-wizard-loading", "import-wizard", "#wizard-cancel");
        }
        times.forEach((dialog, ms) -> System.out.println("dialog-open " + dialog + ": first " + ms.get(0)
                + " ms, second " + ms.get(1) + " ms"));
        assertEquals(List.of("goal-dialog", "focus-dialog", "action-dialog", "contract-dialog", "rule-dialog",
                "import-wizard-loading"), List.copyOf(times.keySet()));
        // Speed targets are met in DialogBenchmark (a real window, docs/benchmarks.md); this loose bound only
        // catches a regression of about five times the target: 300 ms later, 600 ms the first time.
        times.forEach((dialog, ms) -> {
            assertTrue(ms.get(0) >= 0 && ms.get(0) <= FIRST_BOUND_MS, dialog + " first opening " + ms);
            assertTrue(ms.get(1) >= 0 && ms.get(1) <= LATER_BOUND_MS, dialog + " second opening " + ms);
        });
    }

    /**
     * Clicks {@code button}, waits until the dialog timed as {@code timed} shows {@code ready} (the import
     * wizard is timed by its reading page, then fills itself), and cancels it.
     */
    private void time(FxRobot robot, Map<String, List<Long>> times, String button, String timed, String ready,
                      String cancel) {
        int before = app.window().dialogOpenTimes().size();
        robot.clickOn(button);
        waitUntil(() -> app.window().dialogOpenTimes().size() > before);
        waitUntil(() -> robot.lookup("#" + ready).tryQuery().isPresent());
        Map.Entry<String, Long> measured = app.window().dialogOpenTimes().get(before);
        assertEquals(timed, measured.getKey(), "the dialog that was asked for is the one timed");
        times.computeIfAbsent(timed, d -> new java.util.ArrayList<>()).add(measured.getValue());
        robot.clickOn(cancel);
        waitUntil(() -> robot.lookup("#" + ready).tryQuery().isEmpty());
    }
}
