package nl.mviwerkboek.plan;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartenViewTest {

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("starten-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void openStarten(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> table(robot).getItems().size() == 7);
        waitUntil(() -> robot.lookup("#profile-themes").queryLabeled().getText().startsWith("Manifest"));
        AppFixture.scrollIntoView(robot, "#stakeholder-section");
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#stakeholder-table").queryAs(TableView.class);
    }

    private ProfileService profiles() {
        return app.window().workbench().sessionProperty().get().profiles();
    }

    @Test
    void typedValuesAreCheckedNextToTheFieldAndValidOnesSaved(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#profile-form");
        robot.interact(() -> robot.lookup("#profile-inhabitants").queryTextInputControl().setText("veel"));
        Label error = robot.lookup("#profile-inhabitants-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("⚠ Vul een heel getal in met alleen cijfers, bijvoorbeeld 28400 of 28.400.", error.getText());

        robot.clickOn("#profile-inhabitants").push(KeyCode.CONTROL, KeyCode.A).write("35.100");
        assertFalse(error.isVisible());
        robot.clickOn("#profile-budget").push(KeyCode.CONTROL, KeyCode.A).write("52.500").type(KeyCode.ENTER);
        waitUntil(() -> {
            PlanProfile p = profiles().load().join();
            return Integer.valueOf(35_100).equals(p.inhabitants()) && Long.valueOf(5_250_000).equals(p.budgetCents());
        });

        robot.interact(() -> robot.lookup("#profile-period-end").queryTextInputControl().setText("2024"));
        assertTrue(robot.lookup("#profile-period-end-error").queryAs(Label.class).getText().contains("vóór"));
        assertEquals(2029, profiles().load().join().periodEnd());
    }

    @Test
    void addingAStakeholderGoesThroughAValidatedDialog(FxRobot robot) {
        robot.clickOn("#stakeholder-add");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        Button save = robot.lookup("#stakeholder-save").queryButton();
        assertTrue(save.isDisabled(), "nothing to save yet");
        robot.clickOn("#stakeholder-name").write("Noor Hendriks");
        robot.interact(() -> robot.lookup("#stakeholder-role").<StakeholderRole>queryComboBox()
                .getSelectionModel().select(StakeholderRole.BUDGETHOUDER));
        robot.clickOn("#stakeholder-email").write("noor@");
        assertTrue(save.isDisabled());
        assertTrue(robot.lookup("#stakeholder-email-error").queryAs(Label.class).isVisible());
        robot.write("gemeente.nl");
        assertFalse(save.isDisabled());
        robot.clickOn("#stakeholder-save");

        waitUntil(() -> table(robot).getItems().size() == 8);
        var stored = app.window().workbench().sessionProperty().get().stakeholders().list().join();
        assertTrue(stored.stream().anyMatch(s -> s.name().equals("Noor Hendriks")
                && s.role() == StakeholderRole.BUDGETHOUDER && s.email().equals("noor@gemeente.nl")));
    }

    @Test
    void editingChangesTheSelectedStakeholder(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#stakeholder-edit");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#stakeholder-department").queryTextInputControl().setText("Bestuursbureau"));
        robot.clickOn("#stakeholder-save");
        waitUntil(() -> app.window().workbench().sessionProperty().get().stakeholders().list().join().stream()
                .anyMatch(s -> s.department().equals("Bestuursbureau")));
        assertEquals(7, table(robot).getItems().size());
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheStakeholder(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#stakeholder-delete");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CANCEL_ID);
        assertEquals(7, table(robot).getItems().size());

        robot.clickOn("#stakeholder-delete");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        assertEquals("_Verwijderen", robot.lookup("#" + FxDialogs.CONFIRM_ID).queryButton().getText());
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> table(robot).getItems().size() == 6);
        assertEquals(6, app.window().workbench().sessionProperty().get().stakeholders().list().join().size());
    }

    @Test
    void organisationTypeComboShowsDutchLabels(FxRobot robot) {
        ComboBox<?> type = robot.lookup("#profile-type").queryComboBox();
        assertEquals(OrganisationType.GEMEENTE, type.getValue());
        assertEquals("Waterschap", type.getConverter() == null ? "" : ((javafx.util.StringConverter<Object>)
                (javafx.util.StringConverter<?>) type.getConverter()).toString(OrganisationType.WATERSCHAP));
    }

    @Test
    void themesAreAddedRenamedArchivedAndRestoredFromTheThemeSection(FxRobot robot) {
        AppFixture.scrollIntoView(robot, "#theme-section");
        TableView<Theme> themes = robot.lookup("#theme-table").queryTableView();
        waitUntil(() -> themes.getItems().size() == 6);
        ThemeService service = app.window().workbench().sessionProperty().get().themes();

        robot.clickOn("#theme-add");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isPresent());
        robot.clickOn("#theme-name").write("klimaat");
        assertTrue(robot.lookup("#theme-save").queryButton().isDisabled(), "the name is taken");
        assertTrue(robot.lookup("#theme-name-error").queryAs(Label.class).getText().contains("al een thema"));
        robot.interact(() -> robot.lookup("#theme-name").queryTextInputControl().setText("Lokale economie"));
        robot.clickOn("#theme-save");
        waitUntil(() -> themes.getItems().size() == 7);
        assertEquals("Lokale economie", themes.getSelectionModel().getSelectedItem().name());

        robot.clickOn("#theme-rename");
        waitUntil(() -> robot.lookup("#theme-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#theme-name").queryTextInputControl().setText("Lokaal en mkb"));
        robot.clickOn("#theme-save");
        waitUntil(() -> service.list().join().stream().anyMatch(t -> t.name().equals("Lokaal en mkb")));

        Button archive = robot.lookup("#theme-archive").queryButton();
        assertEquals("Archiveren", archive.getText());
        robot.clickOn("#theme-archive");
        waitUntil(() -> service.list().join().stream().anyMatch(t -> t.name().equals("Lokaal en mkb") && t.archived()));
        assertEquals("Terugzetten", archive.getText());
        assertEquals(6L, (long) app.window().workbench().sessionProperty().get().db()
                .read(new ThemeStorage()::countActive).join());
        robot.clickOn("#theme-up");
        waitUntil(() -> service.list().join().get(5).name().equals("Lokaal en mkb"));
    }
}
