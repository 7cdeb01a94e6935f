package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.EveryFieldTest.collectGarbage;
import static nl.mviwerkboek.app.EveryFieldTest.error;
import static nl.mviwerkboek.app.EveryFieldTest.noUnexpectedError;
import static nl.mviwerkboek.app.EveryFieldTest.type;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Types with the keyboard into the report settings, an inventory item, SWOT and objections, a progress entry
 * and the SROI settings after a garbage collection, reopens the plan file and checks what was stored; a date
 * or decimal that is not one shows its reason in red next to the field and keeps the old value.
 */
@ExtendWith(ApplicationExtension.class)
class EveryChapterFieldTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyReportSettingIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.RAPPORT, "#report-status");
        collectGarbage();
        robot.interact(() -> robot.lookup("#report-status").<nl.mviwerkboek.report.PlanStatus>queryComboBox()
                .setValue(nl.mviwerkboek.report.PlanStatus.VASTGESTELD));
        type(robot, "#report-adopted-on", "12 maart 2026");
        type(robot, "#report-adopted-on", "12 maard 2026");
        assertTrue(error(robot, "#report-adopted-on-error").startsWith("⚠ Die maand kennen we niet"),
                error(robot, "#report-adopted-on-error"));
        noUnexpectedError(1);
        type(robot, "#report-adopted-by", "De gemeenteraad");
        type(robot, "#report-version", "1.2");
        robot.clickOn("#report-detail").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var detail = robot.lookup("#report-detail").<ComboBox<?>>query().getValue();
        nl.mviwerkboek.report.ReportSection section = nl.mviwerkboek.report.ReportSection.values()[0];
        AppFixture.scrollIntoView(robot, "#report-section-" + section.code());
        boolean wasOn = robot.lookup("#report-section-" + section.code()).<javafx.scene.control.CheckBox>query()
                .isSelected();
        robot.clickOn("#report-section-" + section.code());
        FormTyping.area(robot, "#report-introduction", "Dit plan is samen met de budgethouders geschreven.");
        waitUntil(() -> app.window().workbench().sessionProperty().get().report().state().join().settings()
                .introduction().equals("Dit plan is samen met de budgethouders geschreven."));

        var settings = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.report.ReportService(db, LocalDate::now).state().join()
                .settings());
        assertEquals(nl.mviwerkboek.report.PlanStatus.VASTGESTELD, settings.status());
        assertEquals(LocalDate.of(2026, 3, 12), settings.adoptedOn(), "the misspelt month kept the date");
        assertEquals("De gemeenteraad", settings.adoptedBy());
        assertEquals("1.2", settings.versionLabel());
        assertEquals(detail, settings.detail());
        assertEquals(!wasOn, settings.sections().contains(section));
    }

    @Test
    void everyInventoryFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.HUIDIGE_SITUATIE, "#inventory-add");
        AppFixture.scrollIntoView(robot, "#inventory-add");
        robot.clickOn("#inventory-add");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isPresent());
        collectGarbage();
        robot.clickOn("#inventory-kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var kind = robot.lookup("#inventory-kind").<ComboBox<?>>query().getValue();
        type(robot, "#inventory-title", "Duurzaam inkoopbeleid 2024");
        FormTyping.area(robot, "#inventory-description", "Vastgesteld door het college");
        var themeBox = robot.lookup(".check-box").match(n -> n.getId() != null
                && n.getId().startsWith("inventory-theme-")).<javafx.scene.control.CheckBox>query();
        long themeId = Long.parseLong(themeBox.getId().substring("inventory-theme-".length()));
        robot.clickOn(themeBox);
        robot.clickOn("#inventory-group").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var group = (nl.mviwerkboek.spend.groups.ProductGroup) robot.lookup("#inventory-group")
                .<ComboBox<?>>query().getValue();
        assertNotNull(group);
        type(robot, "#inventory-date", "1-7-2024");
        type(robot, "#inventory-date", "1-7-24");
        assertTrue(error(robot, "#inventory-date-error").startsWith("⚠"), error(robot, "#inventory-date-error"));
        noUnexpectedError(2);
        type(robot, "#inventory-link", "https://zuidoord.nl/beleid");
        robot.clickOn("#inventory-save");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isEmpty());

        var item = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.inventory.InventoryService(db).situation().join().items())
                .stream().filter(i -> i.title().equals("Duurzaam inkoopbeleid 2024")).findFirst().orElseThrow();
        assertEquals(kind, item.kind());
        assertEquals("Vastgesteld door het college", item.description());
        assertTrue(item.themeIds().contains(themeId), item.themeIds().toString());
        assertEquals(group.id(), item.groupId());
        assertEquals(LocalDate.of(2024, 7, 1), item.date(), "a two-digit year kept the date");
        assertEquals("https://zuidoord.nl/beleid", item.link());
    }

    @Test
    void aSwotItemAndAnObjectionAreStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.STARTEN, "#support-summary");
        collectGarbage();
        String q = nl.mviwerkboek.plan.SwotQuadrant.values()[0].code();
        type(robot, "#swot-new-" + q, "Een wethouder die MVI trekt");
        AppFixture.scrollIntoView(robot, "#swot-add-" + q);
        robot.clickOn("#swot-add-" + q);
        type(robot, "#objection-new-reason", "Duurzaam is duurder");
        type(robot, "#objection-new-answer", "Reken met de kosten over de hele levensduur");
        AppFixture.scrollIntoView(robot, "#objection-add");
        robot.clickOn("#objection-add");
        waitUntil(() -> app.window().workbench().sessionProperty().get().support().picture().join().objections()
                .stream().anyMatch(o -> o.reason().equals("Duurzaam is duurder")));

        var picture = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.plan.SupportService(db).picture().join());
        assertTrue(picture.swot().stream().anyMatch(i -> i.quadrant() == nl.mviwerkboek.plan.SwotQuadrant.values()[0]
                && i.text().equals("Een wethouder die MVI trekt")), picture.swot().toString());
        assertEquals("Reken met de kosten over de hele levensduur", picture.objections().stream()
                .filter(o -> o.reason().equals("Duurzaam is duurder")).findFirst().orElseThrow().answer());
    }

    @Test
    void aProgressEntryIsStoredAndADottedDecimalSaysWhy(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.FOCUS, "#goal-add");
        AppFixture.selectTab(robot, "#focus-tabs", "tab-goals");
        javafx.scene.control.TableView<nl.mviwerkboek.focus.Goal> goals = robot.lookup("#goal-table").queryTableView();
        waitUntil(() -> !goals.getItems().isEmpty());
        robot.interact(() -> goals.getSelectionModel().select(0));
        long goalId = goals.getItems().get(0).id();
        AppFixture.scrollIntoView(robot, "#progress-add");
        robot.clickOn("#progress-add");
        waitUntil(() -> robot.lookup("#progress-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#progress-date", "30-9-2026");
        type(robot, "#progress-value", "12.5");
        assertTrue(error(robot, "#progress-value-error").startsWith("⚠ Schrijf een decimaal getal met een komma"),
                error(robot, "#progress-value-error"));
        assertTrue(robot.lookup("#progress-save").queryButton().isDisabled(), "12.5 is not guessed");
        type(robot, "#progress-value", "1.250,5");
        assertEquals("", error(robot, "#progress-value-error"));
        type(robot, "#progress-note", "Telling van september");
        robot.clickOn("#progress-save");
        waitUntil(() -> robot.lookup("#progress-dialog").tryQuery().isEmpty());

        var entries = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.focus.FocusService(db).picture().join().progress()
                .get(goalId));
        var e = entries.stream().filter(x -> x.note().equals("Telling van september")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 30), e.date());
        assertEquals(1250.5, e.value());
    }

    @Test
    void theSroiPercentageRefusesADottedDecimalAndStoresACommaOne(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-tabs");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-contracts");
        collectGarbage();
        type(robot, "#sroi-percentage", "2.5");
        AppFixture.scrollIntoView(robot, "#sroi-save");
        robot.clickOn("#sroi-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error(robot, "#sroi-percentage-error").startsWith("⚠ Schrijf een decimaal getal met een komma"),
                error(robot, "#sroi-percentage-error"));
        type(robot, "#sroi-threshold", "€ 150.000");
        type(robot, "#sroi-percentage", "2,5");
        robot.clickOn("#sroi-save");
        waitUntil(() -> error(robot, "#sroi-percentage-error").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        var settings = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.spend.analysis.AnalysisService(db).settings().join());
        assertEquals(2.5, settings.sroiPercentage());
        assertEquals(15_000_000L, settings.sroiThresholdCents());
    }
}
