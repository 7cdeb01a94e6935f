package nl.mviwerkboek.shared.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a multi-line text field moves the focus on (Shift+Tab back), as in every other field of a form;
 * Ctrl+Tab types a tab. JavaFX does it the other way round, which traps keyboard users in the field.
 */
public final class TextAreaTabs {

    private static final String MOVING = "mvi.textAreaTabs.moving";

    private TextAreaTabs() {
    }

    /** Gives {@code area} the form's Tab behaviour and returns it. */
    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()
                    || area.getProperties().containsKey(MOVING)) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            // the text area's own Ctrl+Tab moves the focus; send it one, marked so that it passes this filter
            area.getProperties().put(MOVING, Boolean.TRUE);
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } finally {
                area.getProperties().remove(MOVING);
            }
        });
        return area;
    }
}
