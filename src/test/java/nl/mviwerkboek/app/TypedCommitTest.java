package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.EveryFieldTest.collectGarbage;
import static nl.mviwerkboek.app.EveryFieldTest.error;
import static nl.mviwerkboek.app.EveryFieldTest.type;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A field that saves itself saves what was typed when it is committed (ADR 0027): leaving it, Enter, another
 * chapter, closing the plan; never a prefix while typing (typing {@code 1.5} used to store {@code 1}).
 */
@ExtendWith(ApplicationExtension.class)
class TypedCommitTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void aDottedNumberTypedKeyByKeyIsNeverStoredAndSaysWhy(FxRobot robot) throws Exception {
        openProfile(robot);
        int before = stored().inhabitants();
        startTyping(robot, "#profile-inhabitants");
        for (String key : new String[] {"1", ".", "5"}) {
            robot.write(key);
            WaitForAsyncUtils.waitForFxEvents();
            settle();
            assertEquals(before, stored().inhabitants(), "stored while typing, after " + key);
        }
        assertTrue(error(robot, "#profile-inhabitants-error").startsWith("⚠ Een punt scheidt alleen groepen"),
                error(robot, "#profile-inhabitants-error"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        settle();
        assertEquals(before, stored().inhabitants(), "a refused text is not stored when the field is left");

        type(robot, "#profile-inhabitants", "28.4");
        settle();
        assertEquals(before, stored().inhabitants());
        assertTrue(error(robot, "#profile-inhabitants-error").startsWith("⚠ Een punt scheidt alleen groepen"));
        type(robot, "#profile-inhabitants", "28.400");
        assertEquals("", error(robot, "#profile-inhabitants-error"));
        waitUntil(() -> stored().inhabitants() == 28_400);
        var reopened = FormTyping.reopened(app, dir, plan, db -> new ProfileService(db).load().join());
        assertEquals(28_400, reopened.inhabitants());
    }

    @Test
    void enterCommitsAndTheFieldKeepsTheFocus(FxRobot robot) throws Exception {
        openProfile(robot);
        startTyping(robot, "#profile-budget");
        robot.write("28400");
        WaitForAsyncUtils.waitForFxEvents();
        settle();
        assertEquals(4_500_000L, stored().budgetCents(), "nothing is saved before Enter");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stored().budgetCents() == 2_840_000L);
        assertTrue(robot.lookup("#profile-budget").query().isFocused());
    }

    @Test
    void whatIsTypedIsStoredWhenAnotherChapterIsShown(FxRobot robot) throws Exception {
        openProfile(robot);
        startTyping(robot, "#profile-inhabitants");
        robot.write("28400");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.OVERZICHT));
        waitUntil(() -> stored().inhabitants() == 28_400);
    }

    @Test
    void whatIsTypedIsStoredWhenThePlanIsClosed(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.RAPPORT, "#report-status");
        collectGarbage();
        String intro = "Geschreven met de budgethouders.";
        AppFixture.scrollIntoView(robot, "#report-introduction");
        startTyping(robot, "#report-introduction");
        robot.write(intro);
        WaitForAsyncUtils.waitForFxEvents();
        var settings = FormTyping.reopened(app, dir, plan,
                db -> new nl.mviwerkboek.report.ReportService(db, LocalDate::now).state().join().settings());
        assertEquals(intro, settings.introduction());
    }

    @Test
    void aProfileNumberTypedIsStoredWhenThePlanIsClosed(FxRobot robot) throws Exception {
        openProfile(robot);
        startTyping(robot, "#profile-inhabitants");
        robot.write("28400");
        WaitForAsyncUtils.waitForFxEvents();
        var reopened = FormTyping.reopened(app, dir, plan, db -> new ProfileService(db).load().join());
        assertEquals(28_400, reopened.inhabitants());
    }

    @Test
    void aProfileNumberTypedIsStoredWhenTheAppIsEndedFromOutside(FxRobot robot) throws Exception {
        openProfile(robot);
        int before = stored().inhabitants();
        startTyping(robot, "#profile-inhabitants");
        robot.write("31250");
        WaitForAsyncUtils.waitForFxEvents();
        settle();
        assertEquals(before, stored().inhabitants(), "nothing saved yet: the field still has the focus");
        robot.interact(OsQuit::commitTypedText); // what Application.stop() does first after Cmd+Q or a logout
        assertEquals(java.util.List.of(), OsQuit.closeOpenPlans(() -> { }, java.time.Duration.ofSeconds(20),
                java.time.Duration.ofSeconds(5)));
        try (var db = nl.mviwerkboek.testsupport.TestPlans.files(dir).open(plan)) {
            assertEquals(31_250, new ProfileService(db).load().join().inhabitants());
        }
    }

    private void openProfile(FxRobot robot) {
        FormTyping.open(app, robot, Chapter.STARTEN, "#profile-themes");
        collectGarbage();
    }

    private static void startTyping(FxRobot robot, String field) {
        AppFixture.scrollIntoView(robot, field);
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryTextInputControl().selectAll());
    }

    /** Lets a save that an edit may have started reach the plan (the database thread runs them in order). */
    private void settle() {
        app.window().workbench().sessionProperty().get().db().write(c -> null).join();
    }

    private PlanProfile stored() {
        return app.window().workbench().sessionProperty().get().profiles().load().join();
    }
}
