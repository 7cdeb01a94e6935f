package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.FxDialogs;
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

@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    @TempDir
    static Path dir;
    private AppFixture app;
    private Path home;

    @Start
    void start(Stage stage) {
        home = dir.resolve("home-" + System.nanoTime());
        app = AppFixture.start(stage, home, Optional.empty());
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> Messages.setLocale(Messages.DUTCH));
        FxToolkit.hideStage();
    }

    private WorkbenchViewModel workbench() {
        return app.window().workbench();
    }

    private String problemTitle(FxRobot robot) {
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        return robot.lookup("#dialog").queryAs(DialogPane.class).getHeaderText();
    }

    @Test
    void newPlanWizardCreatesOpensAndRemembersThePlan(FxRobot robot) {
        app.awaitPlan();
        Path file = dir.resolve("eigen-" + System.nanoTime() + ".mviplan");
        app.dialogs().answerSaveWith(file);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#newplan-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#newplan-create").queryButton().isDisabled());
        robot.clickOn("#newplan-name").write("Gemeente Oosterwold");
        robot.clickOn("#newplan-themeset-report_2018");
        robot.clickOn("#newplan-create");

        waitUntil(() -> workbench().sessionProperty().get() != null
                && workbench().sessionProperty().get().db().file().equals(file));
        PlanProfile profile = workbench().sessionProperty().get().profiles().load().join();
        assertEquals("Gemeente Oosterwold", profile.organisationName());
        assertEquals(ThemeSet.REPORT_2018, profile.themeSet());
        assertFalse(profile.sample());
        assertFalse(robot.lookup("#sample-banner").query().isVisible());
        assertEquals(file, workbench().recentPlans().get(0));
    }

    @Test
    void fileThatIsNotAPlanGetsAClearDutchMessageAndStaysUntouched(FxRobot robot) throws Exception {
        app.awaitPlan();
        Path before = workbench().sessionProperty().get().db().file();
        Path text = Files.writeString(dir.resolve("boodschappen.mviplan"), "melk, brood");
        app.dialogs().answerOpenWith(text);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertEquals("Dit is geen MVI-plan", problemTitle(robot));
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        assertEquals("melk, brood", Files.readString(text));
        assertEquals(before, workbench().sessionProperty().get().db().file(), "the open plan stays open");
    }

    @Test
    void planOpenElsewhereIsReportedAsInUse(FxRobot robot) throws Exception {
        app.awaitPlan();
        try (PlanDatabase held = TestPlans.create(dir, "vergrendeld-" + System.nanoTime() + ".mviplan")) {
            app.dialogs().answerOpenWith(held.file());
            robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
            assertEquals("Dit plan is al geopend", problemTitle(robot));
            robot.clickOn("#" + FxDialogs.CLOSE_ID);
        }
    }

    @Test
    void copyAndBackupAreConsistentPlansAndTheOpenPlanStaysOpen(FxRobot robot) throws Exception {
        app.awaitPlan();
        Path open = workbench().sessionProperty().get().db().file();
        Path copy = dir.resolve("kopie-" + System.nanoTime() + ".mviplan");
        robot.interact(() -> workbench().saveCopy(copy, p -> { }));
        waitUntil(() -> Files.exists(copy));
        Path[] backup = new Path[1];
        robot.interact(() -> workbench().backup(p -> backup[0] = p));
        waitUntil(() -> backup[0] != null);
        assertTrue(backup[0].startsWith(home.resolve("backups").toAbsolutePath()));
        for (Path plan : new Path[] {copy, backup[0]}) {
            try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
                assertEquals("Voorbeeldgemeente", new nl.mviwerkboek.plan.ProfileService(db).load().join()
                        .organisationName());
            }
        }
        assertEquals(open, workbench().sessionProperty().get().db().file());
    }

    @Test
    void closingShowsTheStartChoicesAndDisablesChapters(FxRobot robot) {
        app.awaitPlan();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        assertNull(workbench().sessionProperty().get());
        assertTrue(robot.lookup("#nav-starten").query().isDisabled());
        robot.clickOn("#welcome-sample");
        app.awaitPlan();
        assertFalse(robot.lookup("#nav-starten").query().isDisabled());
    }

    @Test
    void englishCanBeChosenAndIsRemembered(FxRobot robot) {
        app.awaitPlan();
        robot.clickOn("#menu-settings").clickOn("#menu-language").clickOn("#menu-language-en");
        waitUntil(() -> robot.lookup("#nav-overzicht").queryLabeled().getText().endsWith("Overview"));
        assertEquals("en", workbench().settings().language().getLanguage());
        assertEquals("en", nl.mviwerkboek.shared.settings.AppSettings.load(
                nl.mviwerkboek.shared.settings.DataFolder.at(home)).language().getLanguage());
    }

    @Test
    void sampleCopyNeverOverwritesAUsersPlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Path mine = dir.resolve("mijn-plan-" + System.nanoTime() + ".mviplan");
        TestPlans.create(dir, mine.getFileName().toString()).close();
        byte[] before = Files.readAllBytes(mine);
        PlanSession first = workbench().sessionProperty().get();
        robot.interact(() -> workbench().openSample());
        waitUntil(() -> workbench().sessionProperty().get() != null && workbench().sessionProperty().get() != first);
        assertTrue(workbench().sessionProperty().get().isSample());
        assertTrue(workbench().sessionProperty().get().db().file().startsWith(home.resolve("voorbeeld").toAbsolutePath()));
        assertArrayEquals(before, Files.readAllBytes(mine));
    }
}
