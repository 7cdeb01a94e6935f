package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.db.PlanLock;
import nl.mviwerkboek.shared.db.Sql;
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

/** Closing the window while a long write runs asks "wachten of annuleren", never blocks, and never cuts the write off. */
@ExtendWith(ApplicationExtension.class)
class ExitWhileBusyTest {

    @TempDir
    static Path home;
    private AppFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        String name = "lang-" + System.nanoTime() + ".mviplan";
        TestPlans.create(home, name).close();
        app = AppFixture.start(stage, home.resolve("exit-" + System.nanoTime()), Optional.of(home.resolve(name)));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    /**
     * Starts a job whose write runs until it is cancelled or {@code release} opens, asks to quit with
     * {@code quit}, and checks the question; returns the plan file.
     */
    private Path startLongWrite(FxRobot robot, CountDownLatch writing, CountDownLatch release, Runnable quit) {
        app.awaitPlan();
        PlanDatabase db = app.window().workbench().sessionProperty().get().db();
        robot.interact(() -> app.window().tasks().run("Importeren: groot.csv", ctx -> db.write(c -> {
            Sql.update(c, "UPDATE plan SET inhabitants = 4242");
            writing.countDown();
            while (release.getCount() > 0) {
                if (ctx.isCancelled()) {
                    throw new CancellationException();
                }
                sleep();
            }
            return null;
        }).join()));
        try {
            assertTrue(writing.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        Platform.runLater(quit);
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        DialogPane question = robot.lookup("#dialog").queryAs(DialogPane.class);
        assertEquals("Er loopt nog een taak", question.getHeaderText());
        assertTrue(question.getContentText().startsWith("Er loopt nog een taak: Importeren: groot.csv. Wachten of annuleren?"),
                question.getContentText());
        return db.file();
    }

    @Test
    void cancellingTheTaskRollsItBackClosesThePlanAndThenClosesTheWindow(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Path plan = startLongWrite(robot, new CountDownLatch(1), release, app.window()::requestExit);
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> !stage.isShowing());
        try (PlanDatabase reopened = TestPlans.files(home).open(plan)) {
            assertNotEquals(4242L, reopened.read(c -> Sql.count(c, "SELECT inhabitants FROM plan")).join(),
                    "the cancelled write was rolled back");
        }
    }

    @Test
    void waitingKeepsTheWindowAndTheLockUntilTheWriteIsDoneThenSavesAndCloses(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Path plan = startLongWrite(robot, new CountDownLatch(1), release,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn("#" + FxDialogs.CANCEL_ID);
        waitUntil(() -> app.window().workbench().statusProperty().get().startsWith("MVI Werkboek sluit zodra"));
        robot.interact(() -> { }); // the FX thread is free while the write runs
        assertTrue(stage.isShowing());
        assertTrue(robot.lookup("#task-box").query().isVisible(), "the running task stays in the status bar");
        assertEquals(PlanFileException.Problem.LOCKED,
                assertThrows(PlanFileException.class, () -> PlanLock.acquire(plan).close()).problem());
        release.countDown();
        waitUntil(() -> !stage.isShowing());
        try (PlanDatabase reopened = TestPlans.files(home).open(plan)) {
            assertEquals(4242L, reopened.read(c -> Sql.count(c, "SELECT inhabitants FROM plan")).join(),
                    "the write that was waited for is saved");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
