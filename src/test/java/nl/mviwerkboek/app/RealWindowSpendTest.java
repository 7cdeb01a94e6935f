package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.RealWindows.check;
import static nl.mviwerkboek.app.RealWindows.press;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dialogs of the Spendanalyse and Monitoring chapters on the sample plan in a real window under a window
 * manager: the import wizards (xlsx and CSV), Import verwijderen, contracts, rules, groups, reviews, successes
 * and year versions (see {@link RealWindows} for what is checked of each).
 */
@Tag("real-window")
@Timeout(600)
@ExtendWith(ApplicationExtension.class)
class RealWindowSpendTest extends SamplePlanTyping {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        startOnSample(stage);
    }

    @Test
    void importDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-imports .table-row-cell");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-import");
        app.dialogs().answerImportWith(Path.of("sample-data", "crediteuren-2023.xlsx").toAbsolutePath());
        check(robot, stage, "Importeren (xlsx)", () -> press(robot, "#spend-import"), "#import-wizard", false);
        app.dialogs().answerImportWith(Path.of("sample-data", "crediteuren-2024.csv").toAbsolutePath());
        check(robot, stage, "Importeren (CSV)", () -> press(robot, "#spend-import"), "#import-wizard", false);
        robot.interact(() -> robot.lookup("#spend-imports").queryTableView().getSelectionModel().select(1));
        check(robot, stage, "Overgeslagen regels", () -> press(robot, "#spend-problems"), "#problems-dialog", false);
        check(robot, stage, "Import verwijderen", () -> press(robot, "#spend-delete"), "#dialog", false);
    }

    @Test
    void contractRuleGroupAndThresholdDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-imports .table-row-cell");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-contracts");
        check(robot, stage, "Contract toevoegen", () -> press(robot, "#contract-add"), "#contract-dialog", true);
        AppFixture.selectTab(robot, "#spend-tabs", "tab-classification");
        AppFixture.scrollIntoView(robot, "#rules-add");
        check(robot, stage, "Regel toevoegen", () -> press(robot, "#rules-add"), "#rule-dialog", true);
        AppFixture.selectTab(robot, "#spend-tabs", "tab-groups");
        waitUntil(() -> robot.lookup("#groups-add").tryQuery().isPresent());
        check(robot, stage, "Productgroep toevoegen", () -> press(robot, "#groups-add"), "#group-dialog", true);
        AppFixture.selectTab(robot, "#spend-tabs", "tab-thresholds");
        waitUntil(() -> !robot.lookup("#eu-thresholds").queryTableView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#eu-thresholds").queryTableView().getSelectionModel().select(0));
        check(robot, stage, "Drempels", () -> press(robot, "#thresholds-edit"), "#threshold-dialog", false);
    }

    @Test
    void monitoringDialogs(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.MONITORING, "#review-table .table-row-cell");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-reviews");
        check(robot, stage, "Review toevoegen", () -> press(robot, "#review-add"), "#review-dialog", true);
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-successes");
        check(robot, stage, "Succes toevoegen", () -> press(robot, "#success-add"), "#success-dialog", true);
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-versions");
        waitUntil(() -> robot.lookup("#version-table .table-row-cell").tryQuery().isPresent());
        AppFixture.scrollIntoView(robot, "#version-take");
        check(robot, stage, "Jaarversie vastleggen", () -> press(robot, "#version-take"), "#version-dialog", true);
    }
}
