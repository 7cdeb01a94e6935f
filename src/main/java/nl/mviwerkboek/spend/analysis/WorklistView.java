package nl.mviwerkboek.spend.analysis;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The "Niet ingedeeld" worklist with multi-select and assignment to a product group. */
public final class WorklistView extends VBox {

    /** The list bound to its view-model. */
    public WorklistView(WorklistViewModel vm) {
        super(10);
        setId("worklist-view");
        Label summary = new Label();
        summary.setId("worklist-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<SupplierSpend> table = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>(vm.suppliers()));
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.worklist.table");
        table.setId("worklist-table");
        table.setPrefHeight(280);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("worklist.empty")));
        table.getColumns().add(Controls.column("analysis.col.supplier", SupplierSpend::name, 300));
        table.getColumns().add(Controls.column("analysis.col.place", s -> s.city() == null ? "" : s.city(), 140));
        table.getColumns().add(Controls.amountColumn("worklist.col.unclassified", SupplierSpend::cents, 150));
        table.getColumns().add(Controls.column("analysis.col.lines", s -> nl.mviwerkboek.shared.i18n.Formats
                .number(s.lines()), 80));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SupplierSpend>) c ->
                vm.selected().setAll(table.getSelectionModel().getSelectedItems()));
        var target = SearchableChoice.of("worklist-group", vm.targetProperty(), vm.groups(), ProductGroup::name);
        nl.mviwerkboek.shared.ui.Accessible.name(target, "a11y.worklist.group");
        target.setPromptText(Messages.get("worklist.choose"));
        target.setPrefWidth(300);
        Button assign = Controls.button("worklist-assign", "worklist.assign", "mdi2t-tag-outline");
        assign.disableProperty().bind(vm.canAssign().not());
        assign.setOnAction(e -> vm.assign());
        Label hint = Controls.hint("worklist.hint");
        HBox actions = new HBox(8, new Label(Messages.get("worklist.assignTo")), target, assign);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(summary, table, actions, hint);
    }
}
