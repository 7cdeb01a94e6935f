package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.db.PlanDatabase;
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

/** Bestand > Plan controleren says the plan is in order, or what is wrong and to restore a backup (issue 16, item 5). */
@ExtendWith(ApplicationExtension.class)
class PlanCheckMenuTest {

    @TempDir
    static Path dir;
    private AppFixture app;
    private Path home;
    private Path damaged;

    @Start
    void start(Stage stage) throws Exception {
        home = dir.resolve("home-" + System.nanoTime());
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("plans-" + System.nanoTime()));
        TestPlans.create(folder, "goed.mviplan").close();
        damaged = damagedPlan(folder);
        app = AppFixture.start(stage, home, Optional.of(folder.resolve("goed.mviplan")));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void checkSaysThePlanIsInOrderOrWhatIsWrongAndWhereTheBackupsAre(FxRobot robot) {
        app.awaitPlan();
        robot.clickOn("#menu-file").clickOn("#menu-check");
        DialogPane ok = dialog(robot);
        assertEquals("Het plan is in orde", ok.getHeaderText());
        assertTrue(ok.getContentText().startsWith("Het plan is in orde."), ok.getContentText());
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isEmpty());

        robot.interact(() -> app.window().workbench().open(damaged));
        waitUntil(() -> app.window().workbench().sessionProperty().get() != null
                && app.window().workbench().sessionProperty().get().db().file().equals(damaged));
        assertTrue(robot.lookup("#dialog").tryQuery().isEmpty(), "the damaged plan opened without a message");
        robot.clickOn("#menu-file").clickOn("#menu-check");
        DialogPane wrong = dialog(robot);
        assertEquals("Het plan is beschadigd", wrong.getHeaderText());
        assertTrue(wrong.getContentText().contains("zet een back-up terug"), wrong.getContentText());
        assertTrue(wrong.getContentText().contains(home.resolve("backups").toAbsolutePath().toString()),
                wrong.getContentText());
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
    }

    private static DialogPane dialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        return robot.lookup("#dialog").queryAs(DialogPane.class);
    }

    /** A cleanly closed plan whose last page (of a table of many rows) is junk: it opens, the check finds it. */
    private static Path damagedPlan(Path folder) throws Exception {
        Path plan;
        try (PlanDatabase db = TestPlans.create(folder, "kapot.mviplan")) {
            plan = db.file();
            db.write(c -> {
                // a table no page of the app reads, so the damage shows only in the check
                c.createStatement().executeUpdate("CREATE TABLE test_padding (name TEXT)");
                try (var st = c.prepareStatement("INSERT INTO test_padding (name) VALUES (?)")) {
                    for (int i = 0; i < 3_000; i++) {
                        st.setString(1, "Belanghebbende met een lange naam " + i);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                return null;
            }).join();
        }
        try (RandomAccessFile raf = new RandomAccessFile(plan.toFile(), "rw")) {
            raf.seek(raf.length() - 4096);
            raf.write(new byte[4096]);
        }
        return plan;
    }
}
