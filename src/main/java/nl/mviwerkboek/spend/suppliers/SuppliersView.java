package nl.mviwerkboek.spend.suppliers;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.spend.analysis.SupplierSpend;

/** Tab "Leveranciers": search and detail, merge suggestions with a score, and merges that can be undone. */
public final class SuppliersView extends VBox {

    /** The tab bound to its view-model. */
    public SuppliersView(SuppliersViewModel vm) {
        super(14);
        setId("suppliers-view");
        TextField search = new TextField();
        search.setId("suppliers-search");
        nl.mviwerkboek.shared.ui.Accessible.name(search, "a11y.supplier.search");
        search.setPromptText(Messages.get("supplier.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        TableView<SupplierSpend> list = Controls.table("suppliers-table", vm.suppliers(), 460, null);
        nl.mviwerkboek.shared.ui.Accessible.name(list, "a11y.suppliers.table");
        list.getColumns().add(Controls.column("analysis.col.supplier", SupplierSpend::name, 240));
        list.getColumns().add(Controls.amountColumn("analysis.col.amount", SupplierSpend::cents, 120));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        VBox left = new VBox(8, search, list);
        left.setMinWidth(380);
        left.setPrefWidth(400);
        SupplierDetailPane detail = new SupplierDetailPane(vm);
        HBox top = new HBox(20, left, detail);
        HBox.setHgrow(detail, Priority.ALWAYS);
        getChildren().addAll(top, Headings.section("supplier.suggestions.title"), Controls.hint("supplier.suggestions.hint"),
                suggestions(vm), Headings.section("supplier.merges.title"), merges(vm));
    }

    private static VBox suggestions(SuppliersViewModel vm) {
        TableView<MergeSuggestion> table = Controls.table("merge-suggestions", vm.suggestions(), 220, "supplier.suggestions.none");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.merge.suggestions");
        table.getColumns().add(Controls.column("supplier.col.score", s -> Formats.percent(s.score()), 80));
        table.getColumns().add(Controls.column("supplier.col.keep", s -> s.firstName() + " ("
                + Formats.amountRounded(s.firstCents()) + ")", 300));
        table.getColumns().add(Controls.column("supplier.col.mergeIn", s -> s.secondName() + " ("
                + Formats.amountRounded(s.secondCents()) + ")", 300));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.suggestionProperty().set(now));
        Button merge = Controls.button("merge-confirm", "supplier.action.merge", "mdi2c-call-merge");
        merge.disableProperty().bind(vm.suggestionProperty().isNull());
        merge.setOnAction(e -> vm.mergeSuggestion());
        Button reject = Controls.button("merge-reject", "supplier.action.reject", "mdi2c-close-circle-outline");
        reject.disableProperty().bind(vm.suggestionProperty().isNull());
        reject.setOnAction(e -> vm.rejectSuggestion());
        return new VBox(8, table, new FlowPane(8, 8, merge, reject));
    }

    private static VBox merges(SuppliersViewModel vm) {
        TableView<SupplierMerge> table = Controls.table("supplier-merges", vm.merges(), 150, "supplier.merges.none");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.supplier.merges");
        table.getColumns().add(Controls.column("supplier.col.merged", SupplierMerge::sourceName, 280));
        table.getColumns().add(Controls.column("supplier.col.into", SupplierMerge::targetName, 280));
        table.getColumns().add(Controls.column("supplier.col.when", m -> Formats.date(m.mergedAt()
                .atZone(java.time.ZoneId.systemDefault()).toLocalDate()), 110));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.mergeProperty().set(now));
        Button undo = Controls.button("merge-undo", "supplier.action.undo", "mdi2u-undo");
        undo.disableProperty().bind(vm.mergeProperty().isNull());
        undo.setOnAction(e -> vm.undoMerge());
        return new VBox(8, table, undo);
    }
}
