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

    /** Writes "First frame after N ms" to the log once the scene has been laid out for its first frame. */
    static void reportFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            LOG.info(() -> "First frame after " + Duration.between(start, Instant.now()).toMillis()
                    + " ms since process start");
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
