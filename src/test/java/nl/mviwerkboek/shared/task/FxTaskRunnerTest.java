package nl.mviwerkboek.shared.task;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void progressAndMessageAreShownWhileRunningAndResultsArriveOnTheFxThread(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<CompletableFuture<Boolean>> result = new AtomicReference<>();
        robot.interact(() -> result.set(runner.run("Bezig", ctx -> {
            ctx.progress(3, 10);
            ctx.message("Regel 3 van 10");
            release.await(10, TimeUnit.SECONDS);
            return true;
        }).thenApply(v -> Platform.isFxApplicationThread())));
        waitUntil(() -> runner.messageProperty().get().equals("Regel 3 van 10"));
        assertTrue(runner.runningProperty().get());
        assertEquals(0.3, runner.progressProperty().get(), 1e-9);
        release.countDown();
        assertTrue(result.get().get(10, TimeUnit.SECONDS), "completed on the FX thread");
        waitUntil(() -> !runner.runningProperty().get());
        assertEquals("", runner.messageProperty().get());
    }

    @Test
    void cancelledJobIsNotInterruptedAndWhatItStillOpenedIsClosed(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<CompletableFuture<AutoCloseable>> result = new AtomicReference<>();
        robot.interact(() -> result.set(runner.run("Openen", ctx -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return () -> closed.set(true);
        })));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        robot.interact(runner::cancelCurrent);
        release.countDown();
        waitUntil(closed::get);
        assertFalse(interrupted.get());
        assertTrue(result.get().isCompletedExceptionally());
        try {
            result.get().join();
        } catch (CancellationException | java.util.concurrent.CompletionException expected) {
            assertTrue(expected instanceof CancellationException
                    || expected.getCause() instanceof CancellationException);
        }
    }

    @Test
    void aCancelledJobIsShownAsBeingCancelledAndWhenIdleWaitsForItsThread(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        robot.interact(() -> runner.run("Importeren", ctx -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            ended.set(true);
            return null;
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        AtomicReference<CompletableFuture<Void>> idle = new AtomicReference<>();
        robot.interact(() -> {
            assertEquals("Importeren", runner.currentTitle());
            runner.cancelAll();
            idle.set(runner.whenIdle());
        });
        Thread.sleep(300);
        assertFalse(idle.get().isDone(), "the cancelled job's thread still runs");
        assertTrue(runner.runningProperty().get(), "the status bar still shows it");
        assertEquals("Importeren: wordt geannuleerd en teruggedraaid…", runner.messageProperty().get());
        release.countDown();
        idle.get().get(10, TimeUnit.SECONDS);
        assertTrue(ended.get());
        waitUntil(() -> !runner.runningProperty().get());
        AtomicReference<CompletableFuture<Void>> again = new AtomicReference<>();
        robot.interact(() -> again.set(runner.whenIdle()));
        assertTrue(again.get().isDone(), "nothing runs: idle at once");
    }

    @Test
    void whenIdleWaitsUntilTheResultOfAJobCancelledJustAsItEndedIsClosed(FxRobot robot) throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        FxTaskRunner.afterJob = task -> task.cancel(false); // the quit's cancel arrives just as the open ends
        try {
            AtomicReference<CompletableFuture<Void>> idle = new AtomicReference<>();
            robot.interact(() -> {
                runner.run("Openen", ctx -> (AutoCloseable) () -> {
                    Thread.sleep(500); // closing a plan takes a while
                    closed.set(true);
                });
                idle.set(runner.whenIdle());
            });
            idle.get().get(10, TimeUnit.SECONDS);
            assertTrue(closed.get(), "idle only once the cancelled job's result was closed");
        } finally {
            FxTaskRunner.afterJob = task -> { };
        }
    }
}
