package nl.mviwerkboek.app;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javafx.scene.Scene;

/** Logs how long the app took from process start to its first rendered frame (see docs/benchmarks.md). */
final class StartupTimer {

    private static final Logger LOG = Logger.getLogger(StartupTimer.class.getName());

    private StartupTimer() {
    }

    /**
     * Writes "First frame after N ms" to the log once the scene has been laid out for its first frame, hands
     * the milliseconds since process start to {@code then}, and then closes the launcher's splash image.
     */
    static void reportFirstFrame(Scene scene, java.util.function.LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long ms = Duration.between(start, Instant.now()).toMillis();
            LOG.info(() -> "First frame after " + ms + " ms since process start");
            then.accept(ms);
            javafx.application.Platform.runLater(LauncherSplash::close); // after this pulse has drawn the window
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
