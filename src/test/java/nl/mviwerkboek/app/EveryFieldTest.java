package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
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
 * Types with the keyboard into the fields of the forms, as a person would, after the garbage collector
 * has run (a form whose view-model was collected used to drop everything typed), then closes the plan,
 * opens the file anew and checks what was stored; invalid input shows its reason and keeps the old value.
 */
@ExtendWith(ApplicationExtension.class)
class EveryFieldTest {

    @TempDir
    static Path dir;
    private static Path plan;
    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        plan = dir.resolve("veld-" + System.nanoTime() + ".mviplan");
        TestPlans.files(dir).create(plan, PlanProfile.of("Testgemeente", OrganisationType.GEMEENTE, 2026, 2029,
                nl.mviwerkboek.plan.ThemeSet.MANIFEST_2022)).close();
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            var first = new nl.mviwerkboek.plan.ThemeService(db).list().join().get(0);
            new nl.mviwerkboek.focus.FocusService(db).saveFocus(new nl.mviwerkboek.focus.FocusTheme(first, true,
                    nl.mviwerkboek.focus.AmbitionLevel.values()[0], "", java.util.List.of())).join();
        }
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.of(plan));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void everyProfileFieldStoresWhatWasTypedAndRefusesVisibly(FxRobot robot) throws Exception {
        open(robot, Chapter.STARTEN, "#profile-themes");
        collectGarbage();

        type(robot, "#profile-name", "Gemeente Zuidoord");
        robot.clickOn("#profile-type").type(KeyCode.DOWN).type(KeyCode.ENTER);
        type(robot, "#profile-inhabitants", "28400");
        type(robot, "#profile-period-start", "2027");
        type(robot, "#profile-period-end", "2030");
        type(robot, "#profile-commissioner", "Wethouder Financiën");
        type(robot, "#profile-signed-on", "1 februari 2026");
        type(robot, "#profile-budget", "€40.000,-");
        type(robot, "#profile-capacity", "12.5");
        assertTrue(error(robot, "#profile-capacity-error").startsWith("⚠ Schrijf een decimaal getal met een komma, "
                + "bijvoorbeeld 12,5."), error(robot, "#profile-capacity-error"));
        type(robot, "#profile-capacity", "12,5");
        assertEquals("", error(robot, "#profile-capacity-error"));
        waitUntil(() -> profile().capacityHoursPerWeek() != null && profile().capacityHoursPerWeek() == 12.5);

        // every prefix of these is the stored value or invalid, so what stays stored is the old value
        type(robot, "#profile-inhabitants", "28400,5");
        assertEquals("⚠ Vul een heel getal in, zonder cijfers achter de komma.", error(robot, "#profile-inhabitants-error"));
        var states = robot.lookup("#profile-inhabitants").query().getPseudoClassStates();
        assertTrue(states.stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")), states.toString());
        type(robot, "#profile-signed-on", "31-2-2026");
        assertEquals("⚠ Die datum bestaat niet; kijk de dag en de maand na.", error(robot, "#profile-signed-on-error"));
        noUnexpectedError();
        type(robot, "#profile-budget", "40000.50");
        assertTrue(error(robot, "#profile-budget-error").contains("12,50 (twaalf euro vijftig)"),
                error(robot, "#profile-budget-error") + " / " + robot.lookup("#profile-budget").queryTextInputControl().getText());
        WaitForAsyncUtils.waitForFxEvents();

        PlanProfile stored = reopened(db -> new ProfileService(db).load().join());
        assertEquals("Gemeente Zuidoord", stored.organisationName());
        assertEquals(OrganisationType.values()[OrganisationType.GEMEENTE.ordinal() + 1], stored.organisationType());
        assertEquals(28_400, stored.inhabitants());
        assertEquals(2027, stored.periodStart());
        assertEquals(2030, stored.periodEnd());
        assertEquals("Wethouder Financiën", stored.commissioner());
        assertEquals(LocalDate.of(2026, 2, 1), stored.manifestSignedOn(), "the impossible date kept the old one");
        assertEquals(4_000_000L, stored.budgetCents());
        assertEquals(12.5, stored.capacityHoursPerWeek());
    }

    @Test
    void everyContractFieldStoresWhatWasTypedAndRefusesVisibly(FxRobot robot) throws Exception {
        open(robot, Chapter.SPENDANALYSE, "#spend-tabs");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-contracts");
        collectGarbage();
        robot.clickOn("#contract-add");
        waitUntil(() -> robot.lookup("#contract-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#contract-title", "Schoonmaak gemeentehuis");
        type(robot, "#contract-supplier", "Schoon BV");
        type(robot, "#contract-start", "1-2-2026");
        type(robot, "#contract-end", "31 januari 2028");
        type(robot, "#contract-extension", "12,5");
        assertEquals("⚠ Vul een heel getal in, zonder cijfers achter de komma.", error(robot, "#contract-extension-error"));
        type(robot, "#contract-extension", "1.000");
        assertEquals("⚠ Vul het aantal maanden in als heel getal, bijvoorbeeld 24.", error(robot, "#contract-extension-error"));
        type(robot, "#contract-extension", "24");
        assertEquals("", error(robot, "#contract-extension-error"));
        type(robot, "#contract-options", "2 x 1 jaar");
        type(robot, "#contract-value", "1.234,5.6");
        assertEquals("⚠ Schrijf het bedrag op zijn Nederlands: punten tussen de duizendtallen, een komma voor de "
                + "centen, bijvoorbeeld 1.234,56.", error(robot, "#contract-value-error"));
        assertTrue(robot.lookup("#contract-save").queryButton().isDisabled(), "an invalid amount cannot be saved");
        type(robot, "#contract-value", "40000.50");
        assertTrue(error(robot, "#contract-value-error").contains("12,50 (twaalf euro vijftig)"));
        type(robot, "#contract-value", "€ 1.234.567,8");
        type(robot, "#contract-owner", "Inkoop");
        type(robot, "#contract-note", "Met social return");
        robot.clickOn("#contract-save");
        waitUntil(() -> robot.lookup("#contract-dialog").tryQuery().isEmpty());

        var stored = reopened(db -> new nl.mviwerkboek.spend.contracts.ContractService(db).contracts().join());
        assertEquals(1, stored.size());
        var k = stored.get(0);
        assertEquals("Schoonmaak gemeentehuis", k.title());
        assertEquals("Schoon BV", k.supplierName());
        assertEquals(LocalDate.of(2026, 2, 1), k.start());
        assertEquals(LocalDate.of(2028, 1, 31), k.end());
        assertEquals(24, k.extensionMonths());
        assertEquals("2 x 1 jaar", k.optionsNote());
        assertEquals(123_456_780L, k.valueCents());
        assertEquals("Inkoop", k.owner());
        assertEquals("Met social return", k.note());
    }

    @Test
    void everyGoalFieldStoresWhatWasTypedAndRefusesVisibly(FxRobot robot) throws Exception {
        open(robot, Chapter.FOCUS, "#goal-add");
        AppFixture.selectTab(robot, "#focus-tabs", "tab-goals");
        collectGarbage();
        robot.clickOn("#goal-add");
        waitUntil(() -> robot.lookup("#goal-dialog").tryQuery().isPresent());
        collectGarbage();
        javafx.scene.control.ComboBox<?> theme = robot.lookup("#goal-theme").queryComboBox();
        robot.interact(() -> theme.getSelectionModel().select(0));
        type(robot, "#goal-statement", "Minder CO2 door het wagenpark");
        type(robot, "#goal-indicator", "CO2-uitstoot");
        type(robot, "#goal-unit", "ton");
        type(robot, "#goal-baseline-value", "1.250");
        type(robot, "#goal-baseline-year", "2025");
        type(robot, "#goal-target-value", "veel");
        assertTrue(robot.lookup("#goal-save").queryButton().isDisabled(), "an invalid value cannot be saved");
        type(robot, "#goal-target-value", "312.5");
        assertTrue(error(robot, "#goal-target-error").startsWith("⚠ Schrijf een decimaal getal met een komma"),
                error(robot, "#goal-target-error"));
        assertTrue(robot.lookup("#goal-save").queryButton().isDisabled(), "a dot before one digit is not guessed");
        type(robot, "#goal-target-value", "312,5");
        type(robot, "#goal-target-year", "2029");
        type(robot, "#goal-source", "Wagenparkbeheer");
        robot.clickOn("#goal-save");
        waitUntil(() -> robot.lookup("#goal-dialog").tryQuery().isEmpty());

        var goals = reopened(db -> new nl.mviwerkboek.focus.FocusService(db).picture().join().goals());
        assertEquals(1, goals.size());
        var g = goals.get(0);
        assertEquals("Minder CO2 door het wagenpark", g.statement());
        assertEquals("CO2-uitstoot", g.indicator());
        assertEquals("ton", g.unit());
        assertEquals(1250.0, g.baselineValue());
        assertEquals(2025, g.baselineYear());
        assertEquals(312.5, g.targetValue());
        assertEquals(2029, g.targetYear());
        assertEquals("Wagenparkbeheer", g.source());
    }

    private void open(FxRobot robot, Chapter chapter, String loaded) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
        waitUntil(() -> robot.lookup(loaded).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the garbage collector until weakly held objects are gone (what a long session does anyway). */
    static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** Clicks the field, selects what is in it, types {@code text} and leaves the field with Tab. */
    static void type(FxRobot robot, String field, String text) {
        AppFixture.scrollIntoView(robot, field);
        robot.clickOn(field);
        javafx.scene.Node node = robot.lookup(field).query();
        javafx.scene.control.TextInputControl input = node instanceof javafx.scene.control.DatePicker picker
                ? picker.getEditor() : (javafx.scene.control.TextInputControl) node;
        robot.interact(input::selectAll);
        robot.write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Asserts that no other window than the main one is showing: a date picker that lost focus on text that
     * is no date used to throw from its converter, which showed "Er ging iets mis".
     */
    static void noUnexpectedError() {
        noUnexpectedError(1);
    }

    /** As {@link #noUnexpectedError()}, with {@code expected} windows (the main one and an open dialog). */
    static void noUnexpectedError(int expected) {
        WaitForAsyncUtils.waitForFxEvents();
        var windows = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).toList();
        assertEquals(expected, windows.size(), () -> "another window is showing: " + windows.stream()
                .map(w -> w.getScene().getRoot().lookupAll(".label").stream()
                        .map(l -> ((Label) l).getText()).toList().toString()).toList());
    }

    static String error(FxRobot robot, String label) {
        return robot.lookup(label).queryAs(Label.class).getText();
    }

    private PlanProfile profile() {
        return app.window().workbench().sessionProperty().get().profiles().load().join();
    }

    /** Closes the plan in the app, opens its file anew and reads it with {@code read}. */
    private <T> T reopened(java.util.function.Function<PlanDatabase, T> read) throws Exception {
        PlanSession session = app.window().workbench().sessionProperty().get();
        session.db().write(c -> null).join();
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Void>[] closed = new java.util.concurrent.CompletableFuture[1];
        WaitForAsyncUtils.asyncFx(() -> closed[0] = app.window().workbench().closePlan()).get();
        closed[0].get(15, java.util.concurrent.TimeUnit.SECONDS);
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            return read.apply(db);
        }
    }
}
