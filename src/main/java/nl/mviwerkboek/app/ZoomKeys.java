package nl.mviwerkboek.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.ui.Zoom;

/**
 * The zoom of the main window (ADR 0032): starts at the remembered zoom, is remembered when it changes, and
 * also answers the keys the menu's accelerators (Ctrl+Plus, Ctrl+Minus, Ctrl+0) leave out: Ctrl+= (plus
 * without Shift on most keyboards) and the keypad's plus, minus and 0.
 */
final class ZoomKeys {

    private ZoomKeys() {
    }

    /** Zooms {@code scene} as {@code settings} remember and keeps them up to date. */
    static void install(Scene scene, AppSettings settings) {
        Zoom.set(settings.zoom());
        Zoom.follow(scene);
        javafx.beans.value.ChangeListener<Number> remember = (o, old, now) -> {
            boolean open = scene.getWindow() != null && scene.getWindow().isShowing();
            if (open && now.intValue() != settings.zoom()) { // a closed window no longer speaks for the user
                settings.setZoom(now.intValue());
            }
        };
        scene.getProperties().put(ZoomKeys.class, remember); // a window gone lets go of its settings
        Zoom.percentProperty().addListener(new javafx.beans.value.WeakChangeListener<>(remember));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            Runnable action = switch (e.getCode()) {
                case EQUALS, ADD -> Zoom::in;
                case SUBTRACT -> Zoom::out;
                case NUMPAD0 -> Zoom::reset;
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
    }
}
