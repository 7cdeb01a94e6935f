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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.tender.TenderFile;
import nl.mviwerkboek.actions.tender.TenderService;
import nl.mviwerkboek.anchoring.AnchoringItem;
import nl.mviwerkboek.anchoring.AnchoringService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types into the fields that are not in a dialog's form — a row of the anchoring checklist, the lines under
 * a tender's tables — after a garbage collection, reopens the plan file and checks what was stored; a date
 * that is no date keeps the old one and says why under the picker.
 */
@ExtendWith(ApplicationExtension.class)
class EveryRowFieldTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void anAnchoringRowStoresEveryFieldAndADateThatIsNoDateSaysWhy(FxRobot robot) throws Exception {
        open(robot, Chapter.VERANKERING, "#anchoring-grid");
        AnchoringItem item = app.window().workbench().sessionProperty().get().anchoring().picture().join()
                .items().get(0);
        long id = item.id();
        collectGarbage();
        type(robot, "#anchoring-evidence-" + id, "Raadsbesluit december 2026");
        waitUntil(() -> stored(id).evidence().equals("Raadsbesluit december 2026"));
        type(robot, "#anchoring-date-" + id, "15 maart 2026");
        waitUntil(() -> LocalDate.of(2026, 3, 15).equals(stored(id).doneOn()));
        collectGarbage();
        robot.clickOn("#anchoring-status-" + id).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> stored(id).status() != item.status());
        var status = stored(id).status();
        AppFixture.scrollIntoView(robot, "#anchoring-owner-" + id);
        robot.clickOn("#anchoring-owner-" + id).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> stored(id).ownerId() != null);
        Long owner = stored(id).ownerId();

        type(robot, "#anchoring-date-" + id, "31-2-2026");
        assertEquals("⚠ Die datum bestaat niet; kijk de dag en de maand na.", error(robot, "#anchoring-date-" + id + "-error"));
        noUnexpectedError();
        var states = robot.lookup("#anchoring-date-" + id).query().getPseudoClassStates();
        assertTrue(states.stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")), states.toString());

        AnchoringItem reread = reopened(db -> new AnchoringService(db).picture().join().items().stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow());
        assertEquals("Raadsbesluit december 2026", reread.evidence());
        assertEquals(LocalDate.of(2026, 3, 15), reread.doneOn(), "the impossible date kept the old one");
        assertEquals(status, reread.status());
        assertEquals(owner, reread.ownerId());
    }

    @Test
    void everyFieldOfATenderIsStoredAndBadDatesAndValuesSayWhy(FxRobot robot) throws Exception {
        open(robot, Chapter.ACTIES, "#action-tabs");
        AppFixture.selectTab(robot, "#action-tabs", "tab-tenders");
        ListView<Action> list = robot.lookup("#tender-list").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        Action tender = list.getItems().stream().filter(a -> a.title().startsWith("Emissievrij leerlingenvervoer"))
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(tender));
        waitUntil(() -> robot.lookup("#tender-criteria").queryTableView().getItems().size() == 3);
        TenderFile before = app.window().workbench().sessionProperty().get().tenders().file(tender.id()).join();
        collectGarbage();

        type(robot, "#tender-criterion-number", "DV-2.3");
        robot.clickOn("#tender-criterion-type").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#tender-criterion-theme").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#tender-criterion-ambition").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var type = robot.lookup("#tender-criterion-type").<ComboBox<?>>query().getValue();
        var theme = robot.lookup("#tender-criterion-theme").<ComboBox<?>>query().getValue();
        var ambition = robot.lookup("#tender-criterion-ambition").<ComboBox<?>>query().getValue();
        assertNotNull(theme);
        assertNotNull(ambition);
        type(robot, "#tender-criterion-text", "Laadpunten bij de stalling");
        robot.clickOn("#tender-criterion-add");
        waitUntil(() -> robot.lookup("#tender-criteria").queryTableView().getItems().size() == 4);

        type(robot, "#tender-consultation-date", "31-2-2026");
        assertEquals("⚠ Die datum bestaat niet; kijk de dag en de maand na.",
                error(robot, "#tender-consultation-date-error"));
        noUnexpectedError();
        type(robot, "#tender-consultation-date", "12 maart 2026");
        assertEquals("", error(robot, "#tender-consultation-date-error"));
        robot.clickOn("#tender-consultation-form").type(KeyCode.DOWN).type(KeyCode.ENTER);
        var form = robot.lookup("#tender-consultation-form").<ComboBox<?>>query().getValue();
        type(robot, "#tender-consultation-parties", "Twee laadpaalbedrijven");
        type(robot, "#tender-consultation-learned", "Snelladers kunnen in 2027");
        type(robot, "#tender-consultation-changed", "Eis verschoven naar 2028");
        robot.clickOn("#tender-consultation-add");
        waitUntil(() -> robot.lookup("#tender-consultations").queryTableView().getItems().size()
                == before.consultations().size() + 1);

        collectGarbage();
        type(robot, "#tender-effect-description", "Minder diesel");
        type(robot, "#tender-effect-value", "12.5");
        assertTrue(error(robot, "#tender-effect-value-error").startsWith("Schrijf een decimaal getal met een komma"),
                error(robot, "#tender-effect-value-error"));
        assertTrue(robot.lookup("#tender-effect-add").queryButton().isDisabled(), "12.5 is not guessed");
        type(robot, "#tender-effect-value", "1.250,5");
        assertEquals("", error(robot, "#tender-effect-value-error"));
        type(robot, "#tender-effect-unit", "liter");
        type(robot, "#tender-effect-source", "Brandstofpassen");
        robot.clickOn("#tender-effect-add");
        waitUntil(() -> robot.lookup("#tender-effects").queryTableView().getItems().size()
                == before.effects().size() + 1);

        area(robot, "#tender-offered", "Twaalf elektrische busjes");
        area(robot, "#tender-expected", "Geen diesel meer in 2028");
        waitUntil(() -> app.window().workbench().sessionProperty().get().tenders().file(tender.id()).join()
                .expected().equals("Geen diesel meer in 2028"));

        TenderFile file = reopened(db -> new TenderService(db).file(tender.id()).join());
        var k = file.criteria().stream().filter(c -> c.text().equals("Laadpunten bij de stalling")).findFirst()
                .orElseThrow();
        assertEquals("DV-2.3", k.toolNumber());
        assertEquals(type, k.type());
        assertEquals(ambition, k.ambition());
        assertEquals(((nl.mviwerkboek.plan.Theme) theme).id(), k.themeId());
        var m = file.consultations().stream().filter(c -> c.parties().equals("Twee laadpaalbedrijven"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 12), m.date());
        assertEquals(form, m.form());
        assertEquals("Snelladers kunnen in 2027", m.learned());
        assertEquals("Eis verschoven naar 2028", m.changed());
        var e = file.effects().stream().filter(x -> x.description().equals("Minder diesel")).findFirst().orElseThrow();
        assertEquals(1250.5, e.value());
        assertEquals("liter", e.unit());
        assertEquals("Brandstofpassen", e.source());
        assertEquals("Twaalf elektrische busjes", file.offered());
        assertEquals("Geen diesel meer in 2028", file.expected());
    }

    private AnchoringItem stored(long id) {
        return app.window().workbench().sessionProperty().get().anchoring().picture().join().items().stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** Types into a text area and leaves it with Tab (Ctrl+Tab would type a tab). */
    private static void area(FxRobot robot, String field, String text) {
        AppFixture.scrollIntoView(robot, field);
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryTextInputControl().selectAll());
        robot.write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, Chapter chapter, String loaded) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
        waitUntil(() -> robot.lookup(loaded).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the plan in the app, opens its file anew and reads it with {@code read}. */
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
