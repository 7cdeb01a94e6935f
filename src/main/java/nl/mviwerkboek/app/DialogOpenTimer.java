package nl.mviwerkboek.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Measures how long each dialog takes from the click or key press that asked for it to its first frame on
 * screen, and logs it ("Dialog goal-dialog shown 120 ms after the click"; docs/benchmarks.md, ADR 0031).
 * Watches every window of the app, so the dialogs themselves need nothing for it.
 */
final class DialogOpenTimer {

    private static final Logger LOG = Logger.getLogger(DialogOpenTimer.class.getName());
    private static DialogOpenTimer installed;

    private final List<Map.Entry<String, Long>> measured = Collections.synchronizedList(new ArrayList<>());
    private final EventHandler<InputEvent> input = e -> inputAt = System.nanoTime();
    private long inputAt = System.nanoTime();

    private DialogOpenTimer() {
    }

    /** Watches the windows of the app from now on (FX thread); once per process, however many main windows. */
    static synchronized DialogOpenTimer install() {
        if (installed != null) {
            return installed;
        }
        DialogOpenTimer timer = new DialogOpenTimer();
        installed = timer;
        Window.getWindows().forEach(timer::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(timer::watch);
            }
        });
        return timer;
    }

    /** Every time measured so far, in order: the dialog (the id of its content, else its title) and milliseconds. */
    List<Map.Entry<String, Long>> times() {
        synchronized (measured) {
            return List.copyOf(measured);
        }
    }

    private void watch(Window window) {
        window.addEventFilter(MouseEvent.MOUSE_RELEASED, input);
        window.addEventFilter(KeyEvent.KEY_PRESSED, input);
        if (window instanceof Stage stage && stage.getOwner() != null && stage.getScene() != null) {
            long askedAt = inputAt;
            Scene scene = stage.getScene();
            // named as shown: a dialog that fills itself after showing (the import wizard) may change its id
            String name = scene.getRoot().getId() != null ? scene.getRoot().getId() : String.valueOf(stage.getTitle());
            Runnable[] firstFrame = new Runnable[1];
            firstFrame[0] = () -> {
                scene.removePostLayoutPulseListener(firstFrame[0]);
                long ms = (System.nanoTime() - askedAt) / 1_000_000;
                measured.add(Map.entry(name, ms));
                LOG.info(() -> "Dialog " + name + " shown " + ms + " ms after the click");
            };
            scene.addPostLayoutPulseListener(firstFrame[0]);
        }
    }
}
