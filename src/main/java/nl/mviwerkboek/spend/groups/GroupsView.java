package nl.mviwerkboek.spend.groups;

import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** The product group catalogue: clusters, kinds and indicative impact; add, edit, merge and archive. */
public final class GroupsView extends VBox {

    /** The catalogue bound to its view-model. */
    public GroupsView(GroupsViewModel vm) {
        super(10);
        setId("groups-view");
        TableView<ProductGroup> table = Controls.table("groups-table", vm.groups(), 420, null);
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.groups.table");
        table.getColumns().add(Controls.wrappingColumn("groups.col.cluster", ProductGroup::cluster, 170));
        table.getColumns().add(Controls.wrappingColumn("groups.col.name", GroupsView::name, 200));
        table.getColumns().add(Controls.column("groups.col.kind", g -> g.kind().label(), 120));
        table.getColumns().add(Controls.column("groups.col.cpv", g -> g.cpvPrefix() == null ? "" : g.cpvPrefix(), 60));
        table.getColumns().add(Controls.wrappingColumn("groups.col.impact", GroupsView::impact, 330));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ProductGroup>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(vm);
                }
            });
            return row;
        });
        Button add = Controls.button("groups-add", "groups.action.add", "mdi2p-plus");
        add.setOnAction(e -> new GroupDialog(getScene().getWindow(), null).ask().ifPresent(vm::add));
        Button edit = Controls.button("groups-edit", "groups.action.edit", "mdi2p-pencil-outline");
        edit.disableProperty().bind(vm.hasSelection().not());
        edit.setOnAction(e -> edit(vm));
        Button merge = Controls.button("groups-merge", "groups.action.merge", "mdi2c-call-merge");
        merge.disableProperty().bind(vm.hasSelection().not());
        merge.setOnAction(e -> {
            ChoiceDialog<ProductGroup> ask = new ChoiceDialog<>(null,
                    SearchableChoice.sorted(vm.mergeTargets(), ProductGroup::name));
            ask.initOwner(getScene().getWindow());
            ask.setTitle(Messages.get("groups.merge.title"));
            ask.setHeaderText(Messages.get("groups.merge.header", vm.selectedProperty().get().name()));
            ask.setContentText(Messages.get("groups.merge.into"));
            ask.getDialogPane().setId("group-merge-dialog");
            var confirm = DialogButtons.confirmAndCancel(ask, "groups.merge.confirm", "group-merge-confirm",
                    "group-merge-cancel", ask.selectedItemProperty().isNotNull());
            ask.setResultConverter(b -> b == confirm ? ask.getSelectedItem() : null);
            DialogWindows.prepare(ask).showAndWait().ifPresent(vm::mergeSelectedInto);
        });
        Button archive = Controls.button("groups-archive", "groups.action.archive", "mdi2a-archive-outline");
        archive.disableProperty().bind(vm.hasSelection().not());
        archive.setOnAction(e -> vm.toggleArchived());
        CheckBox showArchived = new CheckBox(Messages.get("groups.showArchived"));
        showArchived.setId("groups-show-archived");
        showArchived.selectedProperty().bindBidirectional(vm.showArchivedProperty());
        TableKeys.wire(table, add, edit, null);
        Label basis = Controls.hint("groups.basis");
        getChildren().addAll(basis, table, new FlowPane(8, 8, add, edit, merge, archive, showArchived));
    }

    private void edit(GroupsViewModel vm) {
        ProductGroup g = vm.selectedProperty().get();
        if (g != null) {
            new GroupDialog(getScene().getWindow(), g).ask().ifPresent(vm::save);
        }
    }

    private static String name(ProductGroup g) {
        return g.archived() ? Messages.get(g.mergedInto() != null ? "groups.merged" : "groups.archived", g.name())
                : g.name();
    }

    private static String impact(ProductGroup g) {
        return java.util.Arrays.stream(ImpactDimension.values()).filter(d -> g.impactOf(d) > 0)
                .map(d -> d.label() + " " + g.impactOf(d)).collect(Collectors.joining(" · "));
    }
}
