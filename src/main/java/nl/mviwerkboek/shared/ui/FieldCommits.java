package nl.mviwerkboek.shared.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;

/**
 * When a typed field commits (ADR 0027): a {@link TypedText} field on leaving it and on Enter, a date picker
 * on leaving it (its own commit), and the field that has the focus when the window shows another chapter or
 * closes the plan ({@link #commitFocused}), so nothing typed is lost and nothing half-typed is saved.
 */
public final class FieldCommits {

    private static final String COMMIT = "mvi.commit";

    private FieldCommits() {
    }

    /** Makes {@code field} commit {@code text} when it loses the focus, on Enter, and in {@link #commitFocused}. */
    static void on(TextInputControl field, TypedText text) {
        Runnable commit = text::commit;
        field.getProperties().put(COMMIT, commit);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        field.addEventHandler(ActionEvent.ACTION, e -> commit.run());
    }

    /** Makes {@link #commitFocused} commit what is typed into {@code picker}, as leaving it would. */
    static void on(DatePicker picker) {
        Runnable commit = picker::commitValue;
        picker.getProperties().put(COMMIT, commit);
    }

    /**
     * Commits what is typed into the field that has the focus in {@code scene} (the only field whose edit can
     * still be pending): the window calls this before it shows another chapter or takes the plan away.
     */
    public static void commitFocused(Scene scene) {
        if (scene == null) {
            return;
        }
        for (Node node = scene.getFocusOwner(); node != null; node = node.getParent()) {
            if (node.getProperties().get(COMMIT) instanceof Runnable commit) {
                commit.run();
                return;
            }
        }
    }
}
