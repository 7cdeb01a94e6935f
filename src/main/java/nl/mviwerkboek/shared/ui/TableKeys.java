package nl.mviwerkboek.shared.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a table the officer adds to, edits and removes from: Insert or Ctrl+N adds, F2 edits the
 * selected row, Delete removes it. Each key presses the table's own button, so it does exactly what the button
 * does (the add dialog, the edit dialog, "… verwijderen?" first) and nothing while the button is disabled.
 */
public final class TableKeys {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private TableKeys() {
    }

    /**
     * Lets the keys press {@code add}, {@code edit} and {@code delete} (each may be null) while the table has the
     * focus and no cell is being edited in place. A key that belongs to a button is consumed, so Ctrl+N here adds
     * a row rather than starting a new plan, and Delete is not handled twice.
     */
    public static void wire(TableView<?> table, ButtonBase add, ButtonBase edit, ButtonBase delete) {
        wire(table, add == null ? null : add::fire, edit, delete);
    }

    /**
     * For a table with its own row of fields to add from (tender criteria, effects, objections): Insert or Ctrl+N
     * moves the focus to {@code firstField} of that row, Delete presses {@code delete}.
     */
    public static void wireInline(TableView<?> table, javafx.scene.Node firstField, ButtonBase delete) {
        wire(table, firstField::requestFocus, null, delete);
    }

    private static void wire(TableView<?> table, Runnable add, ButtonBase edit, ButtonBase delete) {
        if (table.getAccessibleHelp() == null) {
            Accessible.help(table, "a11y.table.keys");
        }
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (add != null && (e.getCode() == KeyCode.INSERT || NEW.match(e))) {
                e.consume();
                add.run();
                return;
            }
            ButtonBase button = null;
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()) {
                button = edit;
            } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown()) {
                button = delete;
            }
            if (button != null) {
                e.consume();
                button.fire();
            }
        });
    }
}
