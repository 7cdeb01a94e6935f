package nl.mviwerkboek.shared.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.collections.ObservableList;
import java.util.function.ToLongFunction;
import nl.mviwerkboek.shared.i18n.Formats;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import nl.mviwerkboek.shared.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the views share: a button with text and icon, a table column of texts. */
public final class Controls {

    private Controls() {
    }

    /** A button with an id, a text from the bundles and an Ikonli icon. */
    public static Button button(String id, String key, String icon) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE); // never "Toev…": at any zoom the layout makes room or wraps
        return b;
    }

    /**
     * The "Wijzigen" and "Verwijderen" buttons of a table (ids {@code PREFIX-edit} and {@code PREFIX-delete}),
     * usable while a row is selected.
     */
    public static Button[] editAndDelete(String prefix, javafx.beans.binding.BooleanExpression hasSelection,
                                         Runnable edit, Runnable delete) {
        Button e = button(prefix + "-edit", "button.edit", "mdi2p-pencil-outline");
        e.setOnAction(x -> edit.run());
        Button d = button(prefix + "-delete", "button.delete", "mdi2d-delete-outline");
        d.setOnAction(x -> delete.run());
        for (Button b : new Button[] {e, d}) {
            b.disableProperty().bind(hasSelection.not());
        }
        return new Button[] {e, d};
    }

    /** A wrapping label bound to {@code text}, present only while the text is not empty. */
    public static Label notice(String id, String styleClass, String icon, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        if (icon != null) {
            label.setGraphic(new FontIcon(icon));
        }
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A table column headed by a bundle text, showing a text derived from each row. */
    public static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    /** A right-aligned, numerically sorted column of amounts shown rounded to euros ({@code € 1.234.567}). */
    public static <T> TableColumn<T, Long> amountColumn(String key, ToLongFunction<T> cents, double width) {
        TableColumn<T, Long> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cents.applyAsLong(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.amountRounded(value));
            }
        });
        c.getStyleClass().add("amount-column");
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    /** A column of dates shown as {@code 31-12-2026}, wide enough for them and sorted by date. */
    public static <T> TableColumn<T, java.time.LocalDate> dateColumn(String key, Function<T, java.time.LocalDate> date) {
        TableColumn<T, java.time.LocalDate> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(date.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.date(value));
            }
        });
        c.setPrefWidth(104);
        c.setMinWidth(104);
        return c;
    }

    /** A column whose text wraps over several lines (for explanations). */
    public static <T> TableColumn<T, String> wrappingColumn(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = column(key, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                getStyleClass().add("wrapping-cell");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    /** Keeps a (wrapping) column wide enough for its header and its longest single word; returns it. */
    public static <T, V> TableColumn<T, V> minWidth(TableColumn<T, V> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    /** A table over {@code items} with an id, a height, columns that fill the width, and a text while empty. */
    public static <T> TableView<T> table(String id, ObservableList<T> items, double height, String emptyKey) {
        TableView<T> t = new TableView<>(items);
        t.setId(id);
        t.setPrefHeight(height);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (emptyKey != null) {
            t.setPlaceholder(new Label(Messages.get(emptyKey)));
        }
        return TableHeaders.fit(t);
    }

    /** A small wrapping help text from the bundles. */
    public static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.getStyleClass().add("form-hint");
        return l;
    }
}
