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
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.monitoring.EffectSubject;
import nl.mviwerkboek.monitoring.MonitoringService;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeService;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Types with the keyboard into the theme name dialog (adding and renaming), the yearly version dialog and
 * Monitoring's effects tab after a garbage collection, reopens the plan file and checks what was stored; an
 * effect value that is not a Dutch decimal says why and is not added.
 */
@ExtendWith(ApplicationExtension.class)
class EveryPlanListFieldTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void aThemeAddedAndOneRenamedAreStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.STARTEN, "#theme-section");
        collectGarbage();
        AppFixture.scrollIntoView(robot, "#theme-add");
        robot.clickOn("#theme-add");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#theme-name", "Eerlijke ketens in de bouw");
        noUnexpectedError(2);
        robot.clickOn("#theme-save");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isEmpty());

        TableView<Theme> table = robot.lookup("#theme-table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(t -> t.name().equals("Eerlijke ketens in de bouw")));
        Theme first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(first));
        AppFixture.scrollIntoView(robot, "#theme-rename");
        robot.clickOn("#theme-rename");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#theme-name", "Eerlijke ketens in de bouw");
        assertTrue(!error(robot, "#theme-name-error").isEmpty(), "a name in use says why");
        type(robot, "#theme-name", "Schone lucht");
        assertEquals("", error(robot, "#theme-name-error"));
        robot.clickOn("#theme-save");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isEmpty());

        var themes = FormTyping.reopened(app, dir, plan, db -> new ThemeService(db).list().join());
        assertTrue(themes.stream().anyMatch(t -> t.name().equals("Eerlijke ketens in de bouw")), themes.toString());
        assertEquals("Schone lucht", themes.stream().filter(t -> t.id() == first.id()).findFirst().orElseThrow().name());
    }

    @Test
    void aYearlyVersionIsStoredWithItsLabelAndNote(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.MONITORING, "#monitoring-tabs");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-versions");
        waitUntil(() -> robot.lookup("#version-take").tryQuery().isPresent());
        collectGarbage();
        AppFixture.scrollIntoView(robot, "#version-take");
        robot.clickOn("#version-take");
        waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#version-label", "Tussenstand juni");
        FormTyping.area(robot, "#version-note", "Na het gesprek met de wethouder");
        noUnexpectedError(2);
        robot.clickOn("#version-save");
        waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#version-table").queryTableView().getItems().stream()
                .anyMatch(v -> ((nl.mviwerkboek.monitoring.PlanVersion) v).label().equals("Tussenstand juni")));

        var versions = FormTyping.reopened(app, dir, plan,
                db -> new MonitoringService(db, LocalDate::now).picture().join().versions());
        var v = versions.stream().filter(x -> x.label().equals("Tussenstand juni")).findFirst().orElseThrow();
        assertEquals("Na het gesprek met de wethouder", v.note());
    }

    @Test
    void anEffectTypedInTheMonitoringTabIsStoredAndADottedValueSaysWhy(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.MONITORING, "#monitoring-tabs");
        AppFixture.selectTab(robot, "#monitoring-tabs", "tab-effects");
        TableView<?> effects = robot.lookup("#monitoring-effects").queryTableView();
        waitUntil(() -> !effects.getItems().isEmpty());
        int before = effects.getItems().size();
        collectGarbage();
        robot.clickOn("#monitoring-effect-subject").type(KeyCode.DOWN).type(KeyCode.ENTER);
        EffectSubject subject = robot.lookup("#monitoring-effect-subject").<ComboBox<EffectSubject>>query().getValue();
        assertNotNull(subject);
        robot.clickOn("#monitoring-effect-kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var kind = robot.lookup("#monitoring-effect-kind").<ComboBox<?>>query().getValue();
        type(robot, "#monitoring-effect-description", "Minder verpakking");
        type(robot, "#monitoring-effect-value", "12.5");
        assertTrue(error(robot, "#monitoring-effect-value-error").startsWith("Schrijf een decimaal getal met een komma"),
                error(robot, "#monitoring-effect-value-error"));
        assertTrue(robot.lookup("#monitoring-effect-add").queryButton().isDisabled(), "12.5 is not guessed");
        noUnexpectedError();
        type(robot, "#monitoring-effect-value", "1.250,5");
        assertEquals("", error(robot, "#monitoring-effect-value-error"));
        type(robot, "#monitoring-effect-unit", "kg");
        robot.clickOn("#monitoring-effect-goal").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var goal = robot.lookup("#monitoring-effect-goal").<ComboBox<nl.mviwerkboek.focus.Goal>>query().getValue();
        type(robot, "#monitoring-effect-source", "Weegbonnen");
        robot.clickOn("#monitoring-effect-add");
        waitUntil(() -> effects.getItems().size() == before + 1);

        var stored = FormTyping.reopened(app, dir, plan,
                db -> new MonitoringService(db, LocalDate::now).picture().join().effects());
        Effect e = stored.stream().filter(x -> x.description().equals("Minder verpakking")).findFirst().orElseThrow();
        assertEquals(1250.5, e.value());
        assertEquals("kg", e.unit());
        assertEquals("Weegbonnen", e.source());
        assertEquals(kind, e.kind());
        assertEquals(goal == null ? null : goal.id(), e.goalId());
        assertEquals(subject.contractId(), e.contractId());
        assertEquals(subject.actionId(), e.actionId());
    }
}
