package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.EveryFieldTest.collectGarbage;
import static nl.mviwerkboek.app.EveryFieldTest.error;
import static nl.mviwerkboek.app.EveryFieldTest.noUnexpectedError;
import static nl.mviwerkboek.app.EveryFieldTest.type;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.ShareChannel;
import nl.mviwerkboek.monitoring.SuccessService;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.ui.Chapter;
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
 * Types with the keyboard into every field of the review, success and stakeholder dialogs after a garbage
 * collection, saves, reopens the plan file and checks what was stored; a date or e-mail address that is not
 * one shows its reason in red next to the field.
 */
@ExtendWith(ApplicationExtension.class)
class EveryDialogFieldTest {

    private static final String NO_SUCH_DAY = "⚠ Die datum bestaat niet; kijk de dag en de maand na.";

    @TempDir
    static Path dir;
    private Path plan;
    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        String name = "dialoog-" + System.nanoTime() + ".mviplan";
        TestPlans.sample(dir, name).close();
        plan = dir.resolve(name);
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.of(plan));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void everyReviewFieldIsStored(FxRobot robot) throws Exception {
        open(robot, Chapter.MONITORING, "#monitoring-tabs");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-reviews");
        AppFixture.scrollIntoView(robot, "#review-add");
        robot.clickOn("#review-add");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#review-date", "31-2-2026");
        assertEquals(NO_SUCH_DAY, error(robot, "#review-date-error"));
        noUnexpectedError(2);
        type(robot, "#review-date", "15-10-2026");
        robot.clickOn("#review-kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var kind = robot.lookup("#review-kind").<ComboBox<?>>query().getValue();
        area(robot, "#review-notes", "Kwartaaloverleg met de budgethouders");
        area(robot, "#review-decisions", "Catering opnieuw aanbesteden");
        type(robot, "#review-next", "15 januari 2027");
        robot.clickOn("#review-save");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isEmpty());

        var review = reopened(db -> new MonitoringService(db, LocalDate::now).picture().join().reviews()).stream()
                .filter(r -> r.notes().equals("Kwartaaloverleg met de budgethouders")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 15), review.heldOn());
        assertEquals(kind, review.kind());
        assertEquals("Catering opnieuw aanbesteden", review.decisions());
        assertEquals(LocalDate.of(2027, 1, 15), review.nextOn());
    }

    @Test
    void everySuccessFieldIsStored(FxRobot robot) throws Exception {
        open(robot, Chapter.MONITORING, "#monitoring-tabs");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-successes");
        AppFixture.scrollIntoView(robot, "#success-add");
        robot.clickOn("#success-add");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#success-date", "3-11-2026");
        type(robot, "#success-date", "31 november 2026");
        assertEquals(NO_SUCH_DAY, error(robot, "#success-date-error"));
        noUnexpectedError(2);
        area(robot, "#success-what", "Catering met 60% biologisch");
        area(robot, "#success-effect", "Minder voedselkilometers");
        ShareChannel channel = ShareChannel.values()[0];
        robot.clickOn("#success-channel-" + channel.code());
        type(robot, "#success-note", "In de raadsbrief van december");
        robot.clickOn("#success-save");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isEmpty());

        var success = reopened(db -> new SuccessService(db).list().join()).stream()
                .filter(s -> s.what().equals("Catering met 60% biologisch")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 3), success.date(), "the impossible date kept the old one");
        assertEquals("Minder voedselkilometers", success.effect());
        assertEquals(Set.of(channel), success.channels());
        assertEquals("In de raadsbrief van december", success.sharedNote());
    }

    @Test
    void everyStakeholderFieldIsStored(FxRobot robot) throws Exception {
        open(robot, Chapter.STARTEN, "#stakeholder-add");
        AppFixture.scrollIntoView(robot, "#stakeholder-add");
        robot.clickOn("#stakeholder-add");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#stakeholder-name", "Noor Hendriks");
        robot.clickOn("#stakeholder-role").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var role = robot.lookup("#stakeholder-role").<ComboBox<?>>query().getValue();
        assertNotNull(role);
        type(robot, "#stakeholder-department", "Sociaal Domein");
        robot.clickOn("#stakeholder-involvement").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var involvement = robot.lookup("#stakeholder-involvement").<ComboBox<?>>query().getValue();
        type(robot, "#stakeholder-email", "noor@");
        assertTrue(error(robot, "#stakeholder-email-error").startsWith("⚠"), error(robot, "#stakeholder-email-error"));
        assertTrue(robot.lookup("#stakeholder-save").queryButton().isDisabled());
        type(robot, "#stakeholder-email", "noor@zuidoord.nl");
        area(robot, "#stakeholder-note", "Trekker van social return");
        robot.clickOn("#stakeholder-save");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isEmpty());

        var s = reopened(db -> new StakeholderService(db).list().join()).stream()
                .filter(x -> x.name().equals("Noor Hendriks")).findFirst().orElseThrow();
        assertEquals(role, s.role());
        assertEquals("Sociaal Domein", s.department());
        assertEquals(involvement, s.involvement());
        assertEquals("noor@zuidoord.nl", s.email());
        assertEquals("Trekker van social return", s.note());
    }

    @Test
    void everyActionFieldIsStored(FxRobot robot) throws Exception {
        open(robot, Chapter.ACTIES, "#action-tabs");
        AppFixture.selectTab(robot, "#action-tabs", "tab-action-list");
        AppFixture.scrollIntoView(robot, "#action-add");
        robot.clickOn("#action-add");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#action-title", "Schoonmaak duurzaam aanbesteden");
        area(robot, "#action-description", "Met eisen aan middelen en materieel");
        robot.interact(() -> robot.lookup("#action-kind").<nl.mviwerkboek.actions.ActionKind>queryComboBox()
                .setValue(nl.mviwerkboek.actions.ActionKind.AANBESTEDING));
        String[] choices = {"#action-theme", "#action-goal", "#action-contract", "#action-group", "#action-owner",
            "#action-status", "#action-instrument", "#action-ambition"};
        Object[] chosen = new Object[choices.length];
        for (int i = 0; i < choices.length; i++) {
            AppFixture.scrollIntoView(robot, choices[i]);
            robot.clickOn(choices[i]).type(KeyCode.DOWN).type(KeyCode.ENTER);
            ComboBox<?> box = robot.lookup(choices[i]).query();
            chosen[i] = box.getValue();
            assertTrue(chosen[i] != null || box.getItems().isEmpty(), choices[i] + " offered " + box.getItems());
        }
        type(robot, "#action-start", "1-3-2026");
        type(robot, "#action-due", "31-6-2026");
        assertEquals(NO_SUCH_DAY, error(robot, "#action-dates-error"));
        noUnexpectedError(2);
        type(robot, "#action-due", "30 juni 2026");
        assertEquals("", error(robot, "#action-dates-error"));
        robot.clickOn("#action-save");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isEmpty());

        var a = reopened(db -> new nl.mviwerkboek.actions.ActionService(db, LocalDate::now).picture().join().actions())
                .stream().filter(x -> x.title().equals("Schoonmaak duurzaam aanbesteden")).findFirst().orElseThrow();
        assertEquals("Met eisen aan middelen en materieel", a.description());
        assertEquals(nl.mviwerkboek.actions.ActionKind.AANBESTEDING, a.kind());
        assertEquals(((nl.mviwerkboek.plan.Theme) chosen[0]).id(), a.themeId());
        assertEquals(chosen[1] == null ? null : ((nl.mviwerkboek.focus.Goal) chosen[1]).id(), a.goalId());
        assertEquals(((nl.mviwerkboek.spend.contracts.Contract) chosen[2]).id(), a.contractId());
        assertEquals(((nl.mviwerkboek.spend.groups.ProductGroup) chosen[3]).id(), a.groupId());
        assertEquals(((nl.mviwerkboek.plan.Stakeholder) chosen[4]).id(), a.ownerId());
        assertEquals(chosen[5], a.status());
        assertEquals(chosen[6], a.instrument());
        assertEquals(chosen[7], a.ambition());
        assertEquals(LocalDate.of(2026, 3, 1), a.start());
        assertEquals(LocalDate.of(2026, 6, 30), a.due());
    }

    @Test
    void everyReportSettingIsStored(FxRobot robot) throws Exception {
        open(robot, Chapter.RAPPORT, "#report-status");
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
        area(robot, "#report-introduction", "Dit plan is samen met de budgethouders geschreven.");
        waitUntil(() -> app.window().workbench().sessionProperty().get().report().state().join().settings()
                .introduction().equals("Dit plan is samen met de budgethouders geschreven."));

        var settings = reopened(db -> new nl.mviwerkboek.report.ReportService(db, LocalDate::now).state().join()
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
        open(robot, Chapter.HUIDIGE_SITUATIE, "#inventory-add");
        AppFixture.scrollIntoView(robot, "#inventory-add");
        robot.clickOn("#inventory-add");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isPresent());
        collectGarbage();
        robot.clickOn("#inventory-kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var kind = robot.lookup("#inventory-kind").<ComboBox<?>>query().getValue();
        type(robot, "#inventory-title", "Duurzaam inkoopbeleid 2024");
        area(robot, "#inventory-description", "Vastgesteld door het college");
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

        var item = reopened(db -> new nl.mviwerkboek.inventory.InventoryService(db).situation().join().items())
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
        open(robot, Chapter.STARTEN, "#support-summary");
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

        var picture = reopened(db -> new nl.mviwerkboek.plan.SupportService(db).picture().join());
        assertTrue(picture.swot().stream().anyMatch(i -> i.quadrant() == nl.mviwerkboek.plan.SwotQuadrant.values()[0]
                && i.text().equals("Een wethouder die MVI trekt")), picture.swot().toString());
        assertEquals("Reken met de kosten over de hele levensduur", picture.objections().stream()
                .filter(o -> o.reason().equals("Duurzaam is duurder")).findFirst().orElseThrow().answer());
    }

    @Test
    void aProgressEntryIsStoredAndADottedDecimalSaysWhy(FxRobot robot) throws Exception {
        open(robot, Chapter.FOCUS, "#goal-add");
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

        var entries = reopened(db -> new nl.mviwerkboek.focus.FocusService(db).picture().join().progress()
                .get(goalId));
        var e = entries.stream().filter(x -> x.note().equals("Telling van september")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 30), e.date());
        assertEquals(1250.5, e.value());
    }

    @Test
    void theSroiPercentageRefusesADottedDecimalAndStoresACommaOne(FxRobot robot) throws Exception {
        open(robot, Chapter.SPENDANALYSE, "#spend-tabs");
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

        var settings = reopened(db -> new nl.mviwerkboek.spend.analysis.AnalysisService(db).settings().join());
        assertEquals(2.5, settings.sroiPercentage());
        assertEquals(15_000_000L, settings.sroiThresholdCents());
    }

    /** Types into a text area (where Tab is a character) and leaves it with Ctrl+Tab. */
    static void area(FxRobot robot, String field, String text) {
        AppFixture.scrollIntoView(robot, field);
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryTextInputControl().selectAll());
        robot.write(text).push(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, Chapter chapter, String loaded) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
        waitUntil(() -> robot.lookup(loaded).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T reopened(Function<PlanDatabase, T> read) throws Exception {
        PlanSession session = app.window().workbench().sessionProperty().get();
        session.db().write(c -> null).join();
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] closed = new CompletableFuture[1];
        WaitForAsyncUtils.asyncFx(() -> closed[0] = app.window().workbench().closePlan()).get();
        closed[0].get(15, TimeUnit.SECONDS);
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            return read.apply(db);
        }
    }
}
