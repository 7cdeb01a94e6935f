package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
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
 * On the sample plan, opens every dialog a chapter opens through its own button, walks the focus with Tab
 * through it until it wraps around and checks that every focused control has a name a screen reader can read;
 * then cancels it (ADR 0032).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleDialogNamesTest extends SamplePlanTyping {

    /** A dialog: where its button is (chapter, tab pane and tab, or none), the button, the dialog and its cancel. */
    private record Opened(Chapter chapter, String tabs, String tab, String button, String dialog, String cancel) {
    }

    private static final List<Opened> DIALOGS = List.of(
            new Opened(Chapter.STARTEN, null, null, "#stakeholder-add", "stakeholder-dialog", "#stakeholder-cancel"),
            new Opened(Chapter.STARTEN, null, null, "#theme-add", "theme-dialog", "#theme-cancel"),
            new Opened(Chapter.HUIDIGE_SITUATIE, "#situation-tabs", "tab-inventory", "#inventory-add",
                    "inventory-dialog", "#inventory-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-import", "#spend-import", "import-wizard",
                    "#wizard-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-classification", "#rules-add", "rule-dialog",
                    "#rule-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-groups", "#groups-add", "group-dialog", "#group-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-thresholds", "#thresholds-edit", "threshold-dialog",
                    "#threshold-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-contracts", "#contract-add", "contract-dialog",
                    "#contract-cancel"),
            new Opened(Chapter.SPENDANALYSE, "#spend-tabs", "tab-contracts", "#contract-import", "contract-import-dialog",
                    "#contract-import-cancel"),
            new Opened(Chapter.FOCUS, "#focus-tabs", "tab-focus-themes", "#focus-edit", "focus-dialog", "#focus-cancel"),
            new Opened(Chapter.FOCUS, "#focus-tabs", "tab-goals", "#goal-add", "goal-dialog", "#goal-cancel"),
            new Opened(Chapter.FOCUS, "#focus-tabs", "tab-goals", "#progress-add", "progress-dialog", "#progress-cancel"),
            new Opened(Chapter.ACTIES, "#action-tabs", "tab-action-list", "#action-add", "action-dialog",
                    "#action-cancel"),
            new Opened(Chapter.ACTIES, "#action-tabs", "tab-suggestions", "suggestion-accept-", "action-dialog",
                    "#action-cancel"),
            new Opened(Chapter.ACTIES, "#action-tabs", "tab-examples", "#example-add", "example-dialog",
                    "#example-cancel"),
            new Opened(Chapter.MONITORING, "#monitoring-tabs", "tab-reviews", "#review-add", "review-dialog",
                    "#review-cancel"),
            new Opened(Chapter.MONITORING, "#monitoring-tabs", "tab-versions", "#version-take", "version-dialog",
                    "#version-cancel"),
            new Opened(Chapter.MONITORING, "#monitoring-tabs", "tab-successes", "#success-add", "success-dialog",
                    "#success-cancel"));

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyFocusedControlInEveryDialogHasAName(FxRobot robot) throws Exception {
        Path register = Files.writeString(dir.resolve("contractregister.csv"), String.join("\n",
                "Onderwerp;Leverancier;Productgroep;Startdatum;Afloop;Waarde;MVI",
                "Beveiliging gemeentehuis;Veilig BV;beveiliging;01-07-2024;30-06-2028;€ 400.000;ja") + "\n");
        List<String> problems = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (Opened d : DIALOGS) {
            FormTyping.open(app, robot, d.chapter(), "#chapter-content");
            if (d.tabs() != null) {
                waitUntil(() -> robot.lookup(d.tabs()).tryQuery().isPresent());
                AppFixture.selectTab(robot, d.tabs(), d.tab());
            }
            app.dialogs().answerImportWith(d.dialog().equals("import-wizard")
                    ? Path.of("sample-data/crediteuren-2024.csv").toAbsolutePath() : register);
            ButtonBase button = button(robot, d.button());
            if (button.isDisabled()) {
                selectFirstRows(robot, d.button());
            }
            String where = d.dialog() + " (from " + d.button() + ")";
            assertTrue(!button.isDisabled(), where + ": its button stays disabled");
            robot.clickOn(button);
            waitUntil(() -> robot.lookup("#" + d.dialog()).tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Node pane = robot.lookup("#" + d.dialog()).query();
            List<Node> visited = new ArrayList<>();
            problems.addAll(FocusWalk.walk(robot, pane::getScene, where, visited));
            assertTrue(visited.size() >= 2, where + ": the walk reached only " + visited.stream()
                    .map(FocusWalk::describe).toList());
            assertTrue(visited.stream().anyMatch(n -> ("#" + n.getId()).equals(d.cancel())),
                    where + ": Tab never reached " + d.cancel());
            walked.add(d.dialog());
            AppFixture.cancelDialog(robot, d.cancel());
            waitUntil(() -> robot.lookup("#" + d.dialog()).tryQuery().isEmpty());
        }
        assertEquals(DIALOGS.size(), walked.size());
        assertTrue(problems.isEmpty(), problems.size() + " controls without a name:\n" + String.join("\n", problems));
    }

    private static ButtonBase button(FxRobot robot, String query) {
        if (query.startsWith("#")) {
            AppFixture.scrollIntoView(robot, query);
            return robot.lookup(query).queryAs(ButtonBase.class);
        }
        return robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith(query) && n.isVisible())
                .queryAs(ButtonBase.class);
    }

    /** A button that acts on a selected row: selects the first row of each table on the page. */
    private static void selectFirstRows(FxRobot robot, String button) {
        for (TableView<?> table : robot.lookup(".table-view").queryAllAs(TableView.class)) {
            if (!table.getItems().isEmpty() && table.isVisible()) {
                robot.interact(() -> table.getSelectionModel().select(0));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
