package nl.mviwerkboek.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.TreeView;

/** The input fields of a form in the order they are shown: the first to focus, and what was typed or chosen. */
public final class FormInputs {

    private FormInputs() {
    }

    /** The fields under {@code root} (text, choices, check boxes, spinners, lists), top to bottom. */
    public static List<Node> of(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** The first field under {@code root} that can take the focus now (shown and enabled). */
    public static Optional<Node> firstFocusable(Node root) {
        return of(root).stream().filter(n -> n.isFocusTraversable() && !n.isDisabled() && shown(n)).findFirst();
    }

    /**
     * The field to start in: the first one still empty (a text not typed, a choice not made), so that typing
     * straight away fills it ("Doel" when "Focusthema" is already chosen); else the first field at all.
     */
    public static Optional<Node> firstToFill(Node root) {
        return of(root).stream().filter(n -> n.isFocusTraversable() && !n.isDisabled() && shown(n))
                .filter(FormInputs::empty).findFirst().or(() -> firstFocusable(root));
    }

    private static boolean empty(Node n) {
        return switch (n) {
            case TextInputControl t -> t.isEditable() && (t.getText() == null || t.getText().isEmpty());
            case ComboBoxBase<?> c -> c.getValue() == null;
            case ChoiceBox<?> c -> c.getValue() == null;
            default -> false;
        };
    }

    /** What the fields under {@code root} hold, to see later whether something was typed or changed. */
    public static List<Object> values(Node root) {
        return of(root).stream().filter(n -> !(n instanceof ListView<?> || n instanceof TableView<?>
                || n instanceof TreeView<?>)).map(FormInputs::value).toList();
    }

    /** Whether the fields under {@code root} hold something else than {@code before}. */
    public static boolean changedSince(Node root, List<Object> before) {
        return !Objects.equals(values(root), before);
    }

    private static Object value(Node n) {
        return switch (n) {
            case TextInputControl t -> t.getText() == null ? "" : t.getText();
            case ComboBoxBase<?> c -> c.getValue();
            case ChoiceBox<?> c -> c.getValue();
            case Spinner<?> s -> s.getValue();
            case Toggle t -> t.isSelected();
            case Slider s -> s.getValue();
            default -> null;
        };
    }

    private static boolean isInput(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof Spinner<?> || n instanceof Slider || n instanceof ListView<?>
                || n instanceof TableView<?> || n instanceof TreeView<?>
                || n instanceof ButtonBase b && !(b instanceof Button) && !(b instanceof Hyperlink) && b instanceof Toggle;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (isInput(node)) {
            found.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
