package nl.mviwerkboek.app;

import static nl.mviwerkboek.app.EveryFieldTest.collectGarbage;
import static nl.mviwerkboek.app.EveryFieldTest.error;
import static nl.mviwerkboek.app.EveryFieldTest.noUnexpectedError;
import static nl.mviwerkboek.app.EveryFieldTest.type;
import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.examples.ExampleService;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ImpactDimension;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.RuleKind;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types with the keyboard into the example dialog, the product group dialog (its impact scores can be typed
 * in) and the rule dialog after a garbage collection, confirms, reopens the plan file and checks what was
 * stored; a score that is no score says why in red and keeps the old one.
 */
@ExtendWith(ApplicationExtension.class)
class EveryLibraryFieldTest extends SamplePlanTyping {

    @Start
    void start(Stage stage) throws Exception {
        startOnSample(stage);
    }

    @Test
    void everyExampleFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.ACTIES, "#action-tabs");
        AppFixture.selectTab(robot, "#action-tabs", "tab-examples");
        waitUntil(() -> robot.lookup("#example-add").tryQuery().isPresent());
        collectGarbage();
        robot.clickOn("#example-add");
        waitUntil(() -> robot.lookup("#example-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#example-title", "Elektrische veegwagens");
        type(robot, "#example-organisation", "Gemeente Oostwold");
        type(robot, "#example-group", "Voertuigen");
        type(robot, "#example-themes", "Klimaat, Milieu");
        FormTyping.area(robot, "#example-criteria", "Emissieloos vanaf 2027");
        FormTyping.area(robot, "#example-result", "Vier wagens geleverd");
        FormTyping.area(robot, "#example-lessons", "Laadplek eerst regelen");
        type(robot, "#example-contact", "inkoop@oostwold.nl");
        type(robot, "#example-link", "https://oostwold.nl/veegwagens");
        noUnexpectedError(2);
        robot.clickOn("#example-save");
        waitUntil(() -> robot.lookup("#example-dialog").tryQuery().isEmpty());

        var bank = FormTyping.reopened(app, dir, plan, db -> new ExampleService(db).list().join());
        var e = bank.stream().filter(x -> x.title().equals("Elektrische veegwagens")).findFirst().orElseThrow();
        assertEquals("Gemeente Oostwold", e.organisation());
        assertEquals("Voertuigen", e.productGroup());
        assertEquals("Klimaat, Milieu", e.themes());
        assertEquals("Emissieloos vanaf 2027", e.criteria());
        assertEquals("Vier wagens geleverd", e.result());
        assertEquals("Laadplek eerst regelen", e.lessons());
        assertEquals("inkoop@oostwold.nl", e.contact());
        assertEquals("https://oostwold.nl/veegwagens", e.link());
        assertTrue(e.own(), "an example added by hand is the plan's own");
    }

    @Test
    void everyGroupFieldIsStoredAndAScoreThatIsNoScoreSaysWhy(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-tabs");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-groups");
        waitUntil(() -> robot.lookup("#groups-add").tryQuery().isPresent());
        collectGarbage();
        robot.clickOn("#groups-add");
        waitUntil(() -> robot.lookup("#group-dialog").tryQuery().isPresent());
        collectGarbage();
        type(robot, "#group-name", "Kunst in de openbare ruimte");
        type(robot, "#group-cluster", "Sport, cultuur en recreatie");
        type(robot, "#group-description", "Beelden en muurschilderingen");
        robot.clickOn("#group-kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        ProcurementKind kind = robot.lookup("#group-kind").<ComboBox<ProcurementKind>>query().getValue();
        type(robot, "#group-cpv", "92310000");
        ImpactDimension[] dimensions = ImpactDimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            score(robot, dimensions[i], String.valueOf(i % 4));
        }
        score(robot, ImpactDimension.MILIEU, "5");
        assertEquals("⚠ Kies een getal van 0 tot en met 3.", error(robot, "#group-impact-milieu-error"));
        score(robot, ImpactDimension.KLIMAAT, "1.5");
        assertTrue(error(robot, "#group-impact-klimaat-error").startsWith("⚠ Een punt scheidt alleen groepen"),
                error(robot, "#group-impact-klimaat-error"));
        noUnexpectedError(2);
        assertEquals(0, spinner(robot, ImpactDimension.MILIEU).getValue(), "the refused score kept the old one");
        FormTyping.area(robot, "#group-basis", "Eigen inschatting van de inkoper");
        AppFixture.scrollIntoView(robot, "#group-save");
        robot.clickOn("#group-save");
        waitUntil(() -> robot.lookup("#group-dialog").tryQuery().isEmpty());

        ProductGroup g = FormTyping.reopened(app, dir, plan, db -> new GroupsService(db).groups().join()).stream()
                .filter(x -> x.name().equals("Kunst in de openbare ruimte")).findFirst().orElseThrow();
        assertEquals("Sport, cultuur en recreatie", g.cluster());
        assertEquals("Beelden en muurschilderingen", g.description());
        assertEquals(kind, g.kind());
        assertEquals("92310000", g.cpvPrefix());
        assertEquals("Eigen inschatting van de inkoper", g.impactBasis());
        for (int i = 0; i < dimensions.length; i++) {
            assertEquals(i % 4, g.impactOf(dimensions[i]), dimensions[i].name());
        }
    }

    @Test
    void everyRuleFieldIsStored(FxRobot robot) throws Exception {
        FormTyping.open(app, robot, Chapter.SPENDANALYSE, "#spend-tabs");
        AppFixture.selectTab(robot, "#spend-tabs", "tab-classification");
        waitUntil(() -> robot.lookup("#rules-add").tryQuery().isPresent());
        collectGarbage();
        AppFixture.scrollIntoView(robot, "#rules-add");
        robot.clickOn("#rules-add");
        waitUntil(() -> robot.lookup("#rule-dialog").tryQuery().isPresent());
        collectGarbage();
        ComboBox<RuleKind> kind = robot.lookup("#rule-kind").queryComboBox();
        robot.clickOn("#rule-kind");
        robot.interact(() -> kind.getSelectionModel().select(RuleKind.LEDGER_RANGE));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RuleKind.LEDGER_RANGE, kind.getValue());
        type(robot, "#rule-value", "4400");
        type(robot, "#rule-value-to", "4499");
        robot.clickOn("#rule-group").type(KeyCode.DOWN).type(KeyCode.ENTER);
        ProductGroup group = robot.lookup("#rule-group").<ComboBox<ProductGroup>>query().getValue();
        assertNotNull(group);
        noUnexpectedError(2);
        robot.clickOn("#rule-save");
        waitUntil(() -> robot.lookup("#rule-dialog").tryQuery().isEmpty());

        var rules = FormTyping.reopened(app, dir, plan, db -> new GroupsService(db).rules().join());
        var r = rules.stream().filter(x -> x.value().equals("4400")).findFirst().orElseThrow();
        assertEquals(RuleKind.LEDGER_RANGE, r.kind());
        assertEquals("4499", r.valueTo());
        assertEquals(group.id(), r.groupId());
    }

    private static Spinner<Integer> spinner(FxRobot robot, ImpactDimension d) {
        return robot.lookup("#group-impact-" + d.code()).query();
    }

    /** Types {@code text} into a score's spinner and leaves it with Tab. */
    private static void score(FxRobot robot, ImpactDimension d, String text) {
        Spinner<Integer> s = spinner(robot, d);
        AppFixture.scrollIntoView(robot, "#group-impact-" + d.code());
        robot.clickOn(s.getEditor());
        robot.interact(s.getEditor()::selectAll);
        robot.write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
