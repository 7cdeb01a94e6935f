package nl.mviwerkboek.spend.suppliers;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The detail of one supplier: names seen, KvK, place, size, spend per year and group, and its lines. */
final class SupplierDetailPane extends VBox {

    private final Label heading = new Label();
    private final Label facts = new Label();
    private final TableView<SupplierDetail.YearGroupSpend> spend = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>());
    private final TableView<SupplierDetail.Line> lines = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>());
    private final ComboBox<SupplierSize> size = new ComboBox<>(FXCollections.observableArrayList(SupplierSize.values()));
    private boolean showing;

    SupplierDetailPane(SuppliersViewModel vm) {
        super(10);
        setId("supplier-detail");
        setMinWidth(360);
        heading.getStyleClass().add("section-title");
        heading.setId("supplier-detail-name");
        facts.setWrapText(true);
        facts.setId("supplier-detail-facts");
        size.setId("supplier-size");
        size.setConverter(new nl.mviwerkboek.shared.ui.LabelConverter<>());
        nl.mviwerkboek.shared.ui.Accessible.name(size, "a11y.supplier.size");
        size.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                vm.setSize(now.code());
            }
        });
        HBox sizeRow = new HBox(8, new Label(Messages.get("supplier.size")), size);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        spend.setId("supplier-spend");
        nl.mviwerkboek.shared.ui.Accessible.name(spend, "a11y.supplier.spend");
        spend.setPrefHeight(150);
        spend.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        spend.getColumns().add(Controls.column("supplier.col.year", s -> String.valueOf(s.year()), 60));
        spend.getColumns().add(Controls.column("supplier.col.group", s -> s.groupName() == null
                ? Messages.get("groups.unclassified") : s.groupName(), 200));
        spend.getColumns().add(Controls.amountColumn("analysis.col.amount", SupplierDetail.YearGroupSpend::cents, 120));
        lines.setId("supplier-lines");
        nl.mviwerkboek.shared.ui.Accessible.name(lines, "a11y.supplier.lines");
        lines.setPrefHeight(220);
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().add(Controls.column("supplier.col.date", l -> l.date() == null ? String.valueOf(l.year())
                : Formats.date(java.time.LocalDate.parse(l.date())), 95));
        lines.getColumns().add(Controls.column("supplier.col.ledger", l -> l.ledger(), 150));
        lines.getColumns().add(Controls.column("supplier.col.description", l -> l.description() == null ? ""
                : l.description(), 160));
        lines.getColumns().add(Controls.column("supplier.col.group", l -> l.groupName() == null
                ? Messages.get("groups.unclassified") : l.groupName(), 150));
        lines.getColumns().add(Controls.column("supplier.col.amount", l -> Formats.amount(l.cents()), 110));
        lines.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.lineProperty().set(now));
        var group = SearchableChoice.of("supplier-line-group", vm.lineGroupProperty(), vm.groups(), ProductGroup::name);
        nl.mviwerkboek.shared.ui.Accessible.name(group, "a11y.supplier.lineGroup");
        group.setPromptText(Messages.get("worklist.choose"));
        Button assign = Controls.button("supplier-line-assign", "supplier.line.assign", "mdi2t-tag-outline");
        assign.disableProperty().bind(vm.canAssignLine().not());
        assign.setOnAction(e -> vm.assignLine());
        HBox lineActions = new HBox(8, group, assign);
        lineActions.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label(Messages.get("supplier.choose"));
        empty.getStyleClass().add("form-hint");
        getChildren().add(empty);
        vm.detailProperty().addListener((o, old, d) -> {
            if (d == null) {
                getChildren().setAll(empty);
                return;
            }
            showing = true;
            heading.setText(d.name());
            facts.setText(Messages.get("supplier.facts", nz(d.kvk()), nz(d.postcode()), nz(d.city()),
                    names(d), d.lineCount()));
            size.setValue(SupplierSize.fromCode(d.size()));
            spend.getItems().setAll(d.spend());
            lines.getItems().setAll(d.lines());
            showing = false;
            getChildren().setAll(heading, facts, sizeRow, new Label(Messages.get("supplier.spend")), spend,
                    new Label(Messages.get("supplier.lines", SupplierDetail.LINES_SHOWN)), lines, lineActions);
        });
    }

    /** The names seen, at most six, then how many more. */
    private static String names(SupplierDetail d) {
        int shown = 6;
        String list = String.join(" · ", d.names().subList(0, Math.min(shown, d.names().size())));
        return d.names().size() <= shown ? list : list + " " + Messages.get("supplier.moreNames",
                d.names().size() - shown);
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
