package nl.mviwerkboek.plan;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.TableActions;

/** The plan's themes: add, rename, archive or restore, and change their order. */
final class ThemeSection extends VBox {

    private final ThemesViewModel vm;

    ThemeSection(ThemesViewModel vm) {
        super(10);
        this.vm = vm;
        setId("theme-section");
        Button add = Controls.button("theme-add", "theme.action.add", "mdi2p-plus");
        add.setOnAction(e -> new ThemeNameDialog(getScene().getWindow(), vm.newNameForm(), true).ask()
                .ifPresent(vm::add));
        Button rename = Controls.button("theme-rename", "theme.action.rename", "mdi2p-pencil-outline");
        rename.disableProperty().bind(vm.hasSelection().not());
        rename.setOnAction(e -> renameSelected());
        Button archive = Controls.button("theme-archive", "theme.action.archive", "mdi2a-archive-outline");
        archive.textProperty().bind(Bindings.when(vm.selectedArchived())
                .then(Messages.get("theme.action.restore")).otherwise(Messages.get("theme.action.archive")));
        archive.disableProperty().bind(vm.hasSelection().not());
        archive.setOnAction(e -> vm.toggleArchived());
        Button up = Controls.button("theme-up", "theme.action.up", "mdi2a-arrow-up");
        up.disableProperty().bind(vm.hasSelection().not());
        up.setOnAction(e -> vm.moveSelected(-1));
        Button down = Controls.button("theme-down", "theme.action.down", "mdi2a-arrow-down");
        down.disableProperty().bind(vm.hasSelection().not());
        down.setOnAction(e -> vm.moveSelected(1));

        TableView<Theme> table = Controls.table("theme-table", vm.items(), 300, "theme.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.theme.table");
        table.getColumns().add(Controls.column("theme.field.name", Theme::name, 420));
        table.getColumns().add(Controls.column("theme.field.state",
                t -> Messages.get(t.archived() ? "theme.state.archived" : "theme.state.active"), 140));
        table.setRowFactory(t -> {
            return new TableRow<>() {
                @Override
                protected void updateItem(Theme item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("archived-row");
                    if (!empty && item != null && item.archived()) {
                        getStyleClass().add("archived-row");
                    }
                }
            };
        });
        TableActions.wire(table, vm.selectedProperty(), this::renameSelected, null);
        TableKeys.wire(table, add, rename, null);
        getChildren().addAll(new HBox(8, add, rename, archive, up, down), table);
    }

    private void renameSelected() {
        new ThemeNameDialog(getScene().getWindow(), vm.renameForm(), false).ask().ifPresent(vm::renameSelected);
    }
}
