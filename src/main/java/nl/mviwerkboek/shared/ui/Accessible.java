package nl.mviwerkboek.shared.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * Names for screen readers (Narrator, NVDA, VoiceOver through JavaFX's accessibility support, EN 301 549):
 * the accessible text a control is read out by and, where useful, help on what it takes (ADR 0032).
 * The shared builders name their controls from the label they already get; views use this for the rest.
 */
public final class Accessible {

    private Accessible() {
    }

    /** Gives {@code node} the accessible text of bundle key {@code key}; returns it. */
    public static <N extends Node> N name(N node, String key, Object... args) {
        node.setAccessibleText(Messages.get(key, args));
        return node;
    }

    /** Gives {@code node} the accessible help of bundle key {@code key} (what it takes, how it is used); returns it. */
    public static <N extends Node> N help(N node, String key, Object... args) {
        node.setAccessibleHelp(Messages.get(key, args));
        return node;
    }

    /**
     * Makes {@code label} the label of {@code field} and names the field after it: the field itself, or the
     * inputs inside a compound field (a choice with its clear button, two dates side by side) that have no
     * name yet. A name set before is kept.
     */
    public static void labelled(Label label, Node field) {
        label.setLabelFor(field);
        nameAs(field, label.getText());
    }

    /** Names {@code field}, or the inputs inside a compound field, {@code text} where they have no name yet. */
    public static void nameAs(Node field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String name = text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
        var inputs = FormInputs.of(field);
        if (inputs.isEmpty() && !(field instanceof ButtonBase) && field instanceof javafx.scene.control.Control) {
            inputs = java.util.List.of(field);
        }
        for (Node input : inputs) {
            boolean ownText = input instanceof javafx.scene.control.Labeled l && l.getText() != null
                    && !l.getText().isBlank();
            if (!ownText && (input.getAccessibleText() == null || input.getAccessibleText().isBlank())) {
                input.setAccessibleText(name);
            }
        }
    }
}
