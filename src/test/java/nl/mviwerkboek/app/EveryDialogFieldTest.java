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
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.monitoring.ShareChannel;
import nl.mviwerkboek.monitoring.SuccessService;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Types with the keyboard into every field of the review, success, stakeholder and action dialogs after a garbage
 * collection, saves, reopens the plan file and checks what was stored; a date or e-mail address that is not
 * one shows its reason in red next to the field.
 */
@ExtendWith(ApplicationExtension.class)
class EveryDialogFieldTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyReviewFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.MONITORING, "#monitoring-tabs");
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
        FormTyping.area(robot, "#review-notes", "Kwartaaloverleg met de budgethouders");
        FormTyping.area(robot, "#review-decisions", "Catering opnieuw aanbesteden");
        type(robot, "#review-next", "15 januari 2027");
        robot.clickOn("#review-save");
        waitUntil(() -> robot.lookup("#review-dialog").tryQuery().isEmpty());

        var review = FormTyping.reopened(app, dir, plan, db -> new MonitoringService(db, LocalDate::now).picture().join().reviews()).stream()
                .filter(r -> r.notes().equals("Kwartaaloverleg met de budgethouders")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 15), review.heldOn());
        assertEquals(kind, review.kind());
        assertEquals("Catering opnieuw aanbesteden", review.decisions());
        assertEquals(LocalDate.of(2027, 1, 15), review.nextOn());
    }

    @Test
    void everySuccessFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.MONITORING, "#monitoring-tabs");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-successes");
        AppFixture.scrollIntoView(robot, "#success-add");
        robot.clickOn("#success-add");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#success-date", "3-11-2026");
        type(robot, "#success-date", "31 november 2026");
        assertEquals(NO_SUCH_DAY, error(robot, "#success-date-error"));
        noUnexpectedError(2);
        FormTyping.area(robot, "#success-what", "Catering met 60% biologisch");
        FormTyping.area(robot, "#success-effect", "Minder voedselkilometers");
        ShareChannel channel = ShareChannel.values()[0];
        robot.clickOn("#success-channel-" + channel.code());
        type(robot, "#success-note", "In de raadsbrief van december");
        robot.clickOn("#success-save");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isEmpty());

        var success = FormTyping.reopened(app, dir, plan, db -> new SuccessService(db).list().join()).stream()
                .filter(s -> s.what().equals("Catering met 60% biologisch")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 3), success.date(), "the impossible date kept the old one");
        assertEquals("Minder voedselkilometers", success.effect());
        assertEquals(Set.of(channel), success.channels());
        assertEquals("In de raadsbrief van december", success.sharedNote());
    }

    @Test
    void everyStakeholderFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.STARTEN, "#stakeholder-add");
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
        FormTyping.area(robot, "#stakeholder-note", "Trekker van social return");
        robot.clickOn("#stakeholder-save");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isEmpty());

        var s = FormTyping.reopened(app, dir, plan, db -> new StakeholderService(db).list().join()).stream()
                .filter(x -> x.name().equals("Noor Hendriks")).findFirst().orElseThrow();
        assertEquals(role, s.role());
        assertEquals("Sociaal Domein", s.department());
        assertEquals(involvement, s.involvement());
        assertEquals("noor@zuidoord.nl", s.email());
        assertEquals("Trekker van social return", s.note());
    }

    @Test
    void everyActionFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.ACTIES, "#action-tabs");
        AppFixture.selectTab(robot, "#action-tabs", "tab-action-list");
        AppFixture.scrollIntoView(robot, "#action-add");
        robot.clickOn("#action-add");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#action-title", "Schoonmaak duurzaam aanbesteden");
        FormTyping.area(robot, "#action-description", "Met eisen aan middelen en materieel");
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

        var a = FormTyping.reopened(app, dir, plan, db -> new nl.mviwerkboek.actions.ActionService(db, LocalDate::now).picture().join().actions())
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
}
