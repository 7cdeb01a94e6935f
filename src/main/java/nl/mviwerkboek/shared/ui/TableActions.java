package nl.mviwerkboek.shared.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Wires a table to a view-model's selection, with double-click or Enter to open a row and Delete to remove it. */
public final class TableActions {

    private TableActions() {
    }

    /**
     * Keeps the table's selection and {@code selected} the same both ways; a double-click on a filled
     * row or Enter runs {@code open}, the Delete key runs {@code delete} (either may be null); none of
     * them while a cell is being edited in place.
     */
    public static <T> void wire(TableView<T> table, ObjectProperty<T> selected, Runnable open, Runnable delete) {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> selected.set(now));
        selected.addListener((o, old, now) -> table.getSelectionModel().select(now));
        table.setOnMouseClicked(e -> {
            if (open != null && table.getEditingCell() == null && e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && onFilledRow(e.getPickResult().getIntersectedNode()) && selected.get() != null) {
                open.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (selected.get() == null || table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && open != null) {
                open.run();
            } else if (e.getCode() == KeyCode.DELETE && delete != null) {
                delete.run();
            }
        });
    }

    private static boolean onFilledRow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return !row.isEmpty();
            }
        }
        return false;
    }
}
