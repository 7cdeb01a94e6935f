package nl.mviwerkboek.inventory;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.TableActions;
import org.controlsfx.control.SegmentedButton;

/** The inventory tab: items by kind in a table, with add, edit, delete and "take over MVI contracts". */
final class InventoryView extends VBox {

    private final InventoryViewModel vm;
    private final Dialogs dialogs;

    InventoryView(InventoryViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("inventory-view");
        Button add = Controls.button("inventory-add", "inventory.action.add", "mdi2p-plus");
        add.setOnAction(e -> new InventoryDialog(getScene().getWindow(), vm.newForm(), vm.groups()).ask()
                .ifPresent(vm::add));
        Button[] editDelete = Controls.editAndDelete("inventory", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        Button contracts = Controls.button("inventory-add-contracts", "inventory.action.add", "mdi2f-file-certificate-outline");
        contracts.textProperty().bind(vm.addContractsText());
        contracts.disableProperty().bind(vm.noContractsToAdd());
        contracts.setOnAction(e -> vm.addMviContracts());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, editDelete[0], editDelete[1], spacer, contracts);

        TableView<InventoryItem> table = Controls.table("inventory-table", vm.items(), 420, "inventory.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.inventory.table");
        table.getColumns().add(Controls.wrappingColumn("inventory.field.kind", i -> i.kind().label(), 120));
        table.getColumns().add(Controls.wrappingColumn("inventory.field.title", InventoryItem::title, 220));
        table.getColumns().add(Controls.wrappingColumn("inventory.field.themes", vm::themeNames, 200));
        table.getColumns().add(Controls.wrappingColumn("inventory.field.group", vm::groupName, 150));
        table.getColumns().add(Controls.dateColumn("inventory.field.date", InventoryItem::date));
        table.getColumns().add(Controls.wrappingColumn("inventory.field.description", InventoryItem::description, 260));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(Controls.hint("inventory.intro"), kindFilter(), buttons, table);
    }

    private SegmentedButton kindFilter() {
        ToggleButton all = new ToggleButton(Messages.get("inventory.filter.all"));
        all.setId("inventory-filter-all");
        all.setOnAction(e -> vm.kindFilterProperty().set(null));
        SegmentedButton filter = new SegmentedButton(all);
        filter.setId("inventory-filter");
        for (InventoryKind kind : InventoryKind.values()) {
            ToggleButton b = new ToggleButton(kind.label());
            b.setId("inventory-filter-" + kind.code());
            b.setOnAction(e -> vm.kindFilterProperty().set(kind));
            filter.getButtons().add(b);
        }
        ToggleGroup group = filter.getToggleGroup();
        all.setSelected(true);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        return filter;
    }

    private void editSelected() {
        new InventoryDialog(getScene().getWindow(), vm.editForm(), vm.groups()).ask().ifPresent(vm::update);
    }

    private void deleteSelected() {
        InventoryItem item = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("inventory.delete.title"),
                Messages.get("inventory.delete.message", item.title()), Messages.get("button.delete"))) {
            vm.delete(item);
        }
    }
}
