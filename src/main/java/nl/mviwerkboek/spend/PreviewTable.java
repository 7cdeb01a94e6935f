package nl.mviwerkboek.spend;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.spend.parse.SpendField;

/** The wizard's preview: the first rows as they will be stored, skipped rows shaded, problem cells marked. */
final class PreviewTable extends TableView<PreviewRow> {

    PreviewTable(ObservableList<PreviewRow> rows) {
        super(rows);
        setId("wizard-preview");
        nl.mviwerkboek.shared.ui.Accessible.name(this, "a11y.wizard.preview");
        setPrefHeight(300);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("spend.wizard.col.row", PreviewRow::row, 60));
        getColumns().add(marked(SpendField.SUPPLIER, PreviewRow::supplier, 200));
        TableColumn<PreviewRow, String> date = marked(SpendField.DATE, PreviewRow::date, 100);
        date.setMinWidth(95);
        getColumns().add(date);
        TableColumn<PreviewRow, String> amount = marked(SpendField.AMOUNT, PreviewRow::amount, 120);
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        getColumns().add(amount);
        getColumns().add(marked(SpendField.LEDGER_CODE, PreviewRow::ledger, 110));
        getColumns().add(marked(SpendField.COST_CENTRE, PreviewRow::costCentre, 120));
        getColumns().add(marked(SpendField.DESCRIPTION, PreviewRow::description, 160));
        getColumns().add(column("spend.wizard.col.remark", PreviewRow::remark, 220));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("skipped"),
                        !empty && item != null && item.skipped());
            }
        });
    }

    /** A preview column for a field; the cell that caused a row's problem is marked with ⚠ and colour. */
    private static TableColumn<PreviewRow, String> marked(SpendField field, Function<PreviewRow, String> value,
                                                          double width) {
        TableColumn<PreviewRow, String> c = column(field.labelKey(), value, width);
        c.setId("preview-" + field.code());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean problem = row != null && row.problemField() == field;
                setText(empty ? null : (problem ? "⚠ " : "") + item);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), problem);
            }
        });
        return c;
    }

    private static TableColumn<PreviewRow, String> column(String key, Function<PreviewRow, String> value, double width) {
        TableColumn<PreviewRow, String> c = Controls.column(key, value, width);
        c.setSortable(false);
        return c;
    }
}
