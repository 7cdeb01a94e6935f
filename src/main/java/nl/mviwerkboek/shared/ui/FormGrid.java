package nl.mviwerkboek.shared.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;

/** A two-column form: a label per field, and below each field the message that says what is wrong. */
public class FormGrid extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private int row;

    /** An empty form. */
    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(16);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(420);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a field with its label and, when {@code error} is given, the error shown under it. */
    public void add(String labelKey, Node field, ObservableStringValue error) {
        add(labelKey, field, error, Fields.inputProblem(field).orElse(null));
    }

    private void add(String labelKey, Node field, ObservableStringValue rule, ObservableStringValue typed) {
        ObservableStringValue error = typed == null ? rule : rule == null ? typed
                : Bindings.createStringBinding(() -> typed.get().isEmpty() ? rule.get() : typed.get(), rule, typed);
        addChecked(Messages.get(labelKey), field, error);
    }

    private void addChecked(String labelText, Node field, ObservableStringValue error) {
        Label label = new Label(labelText);
        Accessible.labelled(label, field);
        label.setMinWidth(Region.USE_PREF_SIZE); // the field gives way, the label is never cut ("Contract of aanbestedi…")
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        VBox cell = new VBox(4, field);
        if (error != null) {
            Label message = new Label();
            message.setId(field.getId() + "-error");
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            message.setMaxWidth(Double.MAX_VALUE);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.textProperty().bind(Bindings.createStringBinding(
                    () -> error.get() == null || error.get().isEmpty() ? "" : "⚠ " + error.get(), error));
            message.visibleProperty().bind(Bindings.isNotEmpty(message.textProperty()));
            message.managedProperty().bind(message.visibleProperty());
            error.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, now != null && !now.isEmpty()));
            cell.getChildren().add(message);
        }
        addRow(row++, label, cell);
    }

    /** Adds a field whose label is already translated (a name from data or an enum label). */
    public void addRow(String labelText, Node field) {
        var typed = Fields.inputProblem(field);
        if (typed.isPresent()) {
            addChecked(labelText, field, typed.get());
            return;
        }
        Label label = new Label(labelText);
        Accessible.labelled(label, field);
        label.setMinWidth(Region.USE_PREF_SIZE); // the field gives way, the label is never cut ("Contract of aanbestedi…")
        label.getStyleClass().add("form-label");
        addRow(row++, label, field);
    }

    /** Adds a line of help text under the last field. */
    public void addHint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        add(hint, 1, row++);
    }
}
