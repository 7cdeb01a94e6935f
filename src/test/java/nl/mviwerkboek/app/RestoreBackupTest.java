package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.backup.BackupService;
import nl.mviwerkboek.backup.RestoreViewModel;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.Sql;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import nl.mviwerkboek.testsupport.TestSpend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RestoreBackupTest {

    @TempDir
    static Path dir;
    private AppFixture app;
    private Path plan;
    private Path backup;

    @Start
    void start(Stage stage) throws Exception {
        Path home = dir.resolve("home-" + System.nanoTime());
        plan = dir.resolve("plan-" + System.nanoTime() + ".mviplan");
        try (PlanDatabase db = TestPlans.files(dir).create(plan, nl.mviwerkboek.plan.PlanProfile.of("Testgemeente",
                nl.mviwerkboek.plan.OrganisationType.GEMEENTE, 2026, 2029, nl.mviwerkboek.plan.ThemeSet.MANIFEST_2022))) {
            TestSpend.importLines(db, dir, 1_200);
            ActionService actions = new ActionService(db, () -> LocalDate.of(2026, 12, 1));
            actions.add(Action.blank("Training inkopers", ActionKind.KENNIS)).join();
            actions.add(Action.blank("Marktdag", ActionKind.MARKTCONSULTATIE)).join();
            backup = new BackupService(Files.createDirectories(home.resolve("backups")), LocalDateTime::now).backup(db);
            actions.add(Action.blank("Na de back-up", ActionKind.KENNIS)).join();
        }
        app = AppFixture.start(stage, home, Optional.of(plan));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void theDialogListsTheBackupWithItsSummaryAndRestoresItAsANewPlanThatOpens(FxRobot robot) throws Exception {
        app.awaitPlan();
        robot.clickOn("#menu-file").clickOn("#menu-restore");
        waitUntil(() -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<RestoreViewModel.Row> table = robot.lookup("#restore-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).contentsProperty().get().startsWith("Testgemeente"));
        RestoreViewModel.Row row = table.getItems().get(0);
        assertEquals("Testgemeente: 1.200 uitgavenregels, 2 acties, geen doelen", row.contentsProperty().get());
        assertEquals("Met de hand", row.kind());
        assertEquals(plan.getFileName().toString().replace(".mviplan", "") + " (open plan)", row.plan());
        assertTrue(row.made().startsWith(Formats.date(LocalDate.now())), row.made());
        assertTrue(robot.lookup("Testgemeente: 1.200 uitgavenregels, 2 acties, geen doelen").tryQuery().isPresent(),
                "the summary is shown in the table");
        assertEquals(row, table.getSelectionModel().getSelectedItem(), "the newest backup of the open plan is chosen");

        Path target = dir.resolve("teruggezet-" + System.nanoTime() + ".mviplan");
        app.dialogs().answerSaveWith(target);
        robot.clickOn("#restore-confirm");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        assertEquals(plan.getParent(), app.dialogs().lastSaveFolder(), "the file chooser starts in the plan's folder");
        assertEquals(plan.getFileName().toString().replace(".mviplan", "") + " (teruggezet "
                + Formats.date(LocalDate.now()) + ").mviplan", app.dialogs().lastSuggestedName());
        assertEquals(-1L, Files.mismatch(backup, target), "the new plan is the backup");
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> app.window().workbench().sessionProperty().get() != null
                && app.window().workbench().sessionProperty().get().db().file().equals(target));
        assertEquals(2L, app.window().workbench().sessionProperty().get().db()
                .read(c -> Sql.count(c, "SELECT COUNT(*) FROM action_item")).join());
    }
}
