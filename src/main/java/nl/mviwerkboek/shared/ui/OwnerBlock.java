package nl.mviwerkboek.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps the windows behind a dialog from taking input while it is shown, as a modal dialog would, without
 * asking the window system to (which un-maximises a maximised owner on Linux): their content is disabled,
 * keys, clicks and closing are refused, and everything is given back when the dialog closes.
 */
final class OwnerBlock {

    private OwnerBlock() {
    }

    /** Blocks {@code owner} (or, without one, every other shown window) until {@code dialog} is hidden. */
    static void whileShowing(Window dialog, Optional<Window> owner) {
        Map<Window, Boolean> blocked = new LinkedHashMap<>(); // window -> its content was disabled already
        owner.map(java.util.List::of).orElseGet(() -> Window.getWindows().stream()
                .filter(w -> w != dialog && w.isShowing()).toList())
                .forEach(w -> blocked.put(w, root(w).map(Parent::isDisable).orElse(false)));
        EventHandler<Event> refuse = Event::consume;
        blocked.keySet().forEach(w -> {
            w.addEventFilter(InputEvent.ANY, refuse);
            w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuse);
            root(w).ifPresent(r -> r.setDisable(true));
        });
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                dialog.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                blocked.forEach((w, wasDisabled) -> {
                    w.removeEventFilter(InputEvent.ANY, refuse);
                    w.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuse);
                    root(w).ifPresent(r -> r.setDisable(wasDisabled));
                });
                blocked.keySet().stream().filter(Window::isShowing).findFirst().ifPresent(Window::requestFocus);
            }
        });
    }

    private static Optional<Parent> root(Window w) {
        return Optional.ofNullable(w.getScene()).map(javafx.scene.Scene::getRoot);
    }
}
