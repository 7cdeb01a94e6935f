package nl.mviwerkboek.plan;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.Headings;

/**
 * Starten's support sections: the SWOT as four boxes (double-click a point to change it, Delete removes it)
 * and "Waarom niet?" as a table of reasons and answers, edited in place.
 */
final class SupportSection extends VBox {

    private final SupportViewModel vm;

    SupportSection(SupportViewModel vm) {
        super(12);
        this.vm = vm;
        setId("support-section");
        Label summary = new Label();
        summary.setId("support-summary");
        summary.getStyleClass().add("next-step");
        summary.textProperty().bind(vm.summaryProperty());
        GridPane swot = new GridPane();
        swot.setId("swot-grid");
        swot.setHgap(14);
        swot.setVgap(14);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        swot.getColumnConstraints().addAll(half, half);
        SwotQuadrant[] q = SwotQuadrant.values();
        for (int i = 0; i < q.length; i++) {
            swot.add(quadrant(q[i]), i % 2, i / 2);
        }
        getChildren().addAll(Headings.intro("support.swot.intro"), swot, Headings.section("support.objections"),
                Headings.intro("support.objections.intro"), objections(), summary);
    }

    private VBox quadrant(SwotQuadrant q) {
        Label title = new Label(q.label());
        title.getStyleClass().add("grid-head");
        Label hint = new Label(Messages.get(q.hintKey()));
        hint.setWrapText(true);
        hint.getStyleClass().add("source-note");
        ListView<SwotItem> list = new ListView<>(vm.items(q));
        list.setId("swot-list-" + q.code());
        nl.mviwerkboek.shared.ui.Accessible.nameAs(list, q.label());
        list.setPrefHeight(150);
        list.setEditable(true);
        StringConverter<SwotItem> converter = new StringConverter<>() {
            @Override
            public String toString(SwotItem item) {
                return item == null ? "" : item.text();
            }

            @Override
            public SwotItem fromString(String text) {
                return new SwotItem(0, q, text);
            }
        };
        list.setCellFactory(l -> {
            TextFieldListCell<SwotItem> cell = new TextFieldListCell<>(converter);
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24));
            return cell;
        });
        list.setOnEditCommit(e -> vm.rename(list.getItems().get(e.getIndex()), e.getNewValue().text()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null
                    && list.getEditingIndex() < 0) {
                vm.delete(list.getSelectionModel().getSelectedItem());
            }
        });
        TextField text = Fields.text("swot-new-" + q.code(), vm.newItemProperty(q), Messages.get("support.swot.prompt"));
        nl.mviwerkboek.shared.ui.Accessible.name(text, "a11y.swot.new", q.label());
        text.setOnAction(e -> vm.add(q));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = Controls.button("swot-add-" + q.code(), "support.add", "mdi2p-plus");
        add.setOnAction(e -> vm.add(q));
        Button delete = Controls.button("swot-delete-" + q.code(), "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, title, hint, list, new HBox(6, text, add, delete));
        box.getStyleClass().add("progress-card");
        box.setPadding(new Insets(10));
        return box;
    }

    /** A table cell edited with a text field that wraps long text over more lines when not editing. */
    private static TextFieldTableCell<Objection, String> wrapping() {
        TextFieldTableCell<Objection, String> cell = new TextFieldTableCell<>(new DefaultStringConverter());
        cell.setWrapText(true);
        return cell;
    }

    private VBox objections() {
        TableView<Objection> table = Controls.table("objection-table", vm.objections(), 250, "support.objections.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.objection.table");
        table.setEditable(true);
        TableColumn<Objection, String> reason = Controls.column("support.col.reason", Objection::reason, 320);
        reason.setCellFactory(c -> wrapping());
        reason.setOnEditCommit(e -> vm.update(new Objection(e.getRowValue().id(), e.getNewValue().strip(),
                e.getRowValue().answer())));
        TableColumn<Objection, String> answer = Controls.column("support.col.answer", Objection::answer, 420);
        answer.setCellFactory(c -> wrapping());
        answer.setOnEditCommit(e -> vm.update(new Objection(e.getRowValue().id(), e.getRowValue().reason(),
                e.getNewValue().strip())));
        table.getColumns().addAll(java.util.List.of(reason, answer));
        TextField newReason = Fields.text("objection-new-reason", vm.newReasonProperty(),
                Messages.get("support.objections.reasonPrompt"));
        nl.mviwerkboek.shared.ui.Accessible.name(newReason, "a11y.objection.newReason");
        TextField newAnswer = Fields.text("objection-new-answer", vm.newAnswerProperty(),
                Messages.get("support.objections.answerPrompt"));
        nl.mviwerkboek.shared.ui.Accessible.name(newAnswer, "a11y.objection.newAnswer");
        newAnswer.setOnAction(e -> vm.addObjection());
        HBox.setHgrow(newReason, Priority.ALWAYS);
        HBox.setHgrow(newAnswer, Priority.ALWAYS);
        Button add = Controls.button("objection-add", "support.add", "mdi2p-plus");
        add.disableProperty().bind(vm.newReasonProperty().isEmpty());
        add.setOnAction(e -> vm.addObjection());
        Button delete = Controls.button("objection-delete", "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.setId("objection-edit-error");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.editProblemProperty());
        problem.visibleProperty().bind(vm.editProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        nl.mviwerkboek.shared.ui.TableKeys.wireInline(table, newReason, delete);
        return new VBox(8, table, problem, new HBox(8, newReason, newAnswer, add, delete));
    }
}
