package nl.mviwerkboek.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the focus with real Tab presses through a window until it comes back to a control it already had,
 * and tells which focused controls a screen reader could not name.
 */
final class FocusWalk {

    /** More presses than any page has controls: a walk that never wraps around stops here. */
    static final int MAX_PRESSES = 400;

    private FocusWalk() {
    }

    /** What a screen reader reads for {@code node}: its accessible text, else a labelled control's own text. */
    static String name(Node node) {
        String text = node.getAccessibleText();
        if (text != null && !text.isBlank()) {
            return text;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        return null;
    }

    /**
     * Presses Tab in {@code scene} from its current focus owner until the focus is on a control seen before;
     * returns the problems ({@code where: #id (Type) has no accessible name}) and fills {@code visited}.
     */
    static List<String> walk(FxRobot robot, Supplier<Scene> scene, String where, List<Node> visited) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < MAX_PRESSES; i++) {
            Node focused = scene.get().getFocusOwner();
            if (focused != null && !seen.add(focused)) {
                return problems;
            }
            if (focused != null) {
                visited.add(focused);
                Node named = owner(focused);
                if (name(named) == null) {
                    problems.add(where + ": " + describe(named) + " has no accessible name");
                }
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        problems.add(where + ": the focus did not come back round within " + MAX_PRESSES + " Tab presses");
        return problems;
    }

    /**
     * The control a focused node belongs to: itself, or, for a node inside the skin of a combo box, date picker
     * or spinner (the text field of a searchable combo box), that control when the node has no name of its own.
     */
    static Node owner(Node focused) {
        if (name(focused) != null) {
            return focused;
        }
        for (Node p = focused.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ComboBoxBase<?> || p instanceof javafx.scene.control.Spinner<?>) {
                return p;
            }
        }
        return focused;
    }

    /** {@code #id (Type)}, or the type and text when it has no id. */
    static String describe(Node node) {
        String id = node.getId() == null ? "(no id)" : "#" + node.getId();
        String parent = "";
        for (Node p = node.getParent(); p != null && parent.isEmpty(); p = p.getParent()) {
            if (p.getId() != null) {
                parent = " in #" + p.getId();
            }
        }
        return id + " (" + node.getClass().getSimpleName() + ")" + parent;
    }
}
