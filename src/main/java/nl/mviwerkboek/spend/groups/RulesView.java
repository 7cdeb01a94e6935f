package nl.mviwerkboek.spend.groups;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;

/** The ordered classification rules: add, delete, move, and exchange them as a file. */
public final class RulesView extends VBox {

    /** The list bound to its view-model. */
    public RulesView(RulesViewModel vm, Dialogs dialogs, UiCallbacks ui) {
        super(10);
        setId("rules-view");
        TableView<ClassificationRule> table = Controls.table("rules-table", vm.rules(), 300, "rules.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.rules.table");
        table.getColumns().add(Controls.column("rules.col.order", r -> Formats.number(vm.rules().indexOf(r) + 1), 60));
        table.getColumns().add(Controls.column("rules.col.kind", r -> r.kind().label(), 220));
        table.getColumns().add(Controls.column("rules.col.value", r -> r.valueTo() == null ? r.value()
                : r.value() + " – " + r.valueTo(), 200));
        table.getColumns().add(Controls.column("rules.col.group", vm::groupName, 240));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Button add = Controls.button("rules-add", "rules.action.add", "mdi2p-plus");
        add.setOnAction(e -> new RuleDialog(getScene().getWindow(), vm.groups(), vm.preview()).ask()
                .ifPresent(r -> vm.add(r.kind(), r.value(), r.valueTo(), r.group())));
        Button up = Controls.button("rules-up", "rules.action.up", "mdi2a-arrow-up");
        up.disableProperty().bind(vm.hasSelection().not());
        up.setOnAction(e -> vm.moveSelected(-1));
        Button down = Controls.button("rules-down", "rules.action.down", "mdi2a-arrow-down");
        down.disableProperty().bind(vm.hasSelection().not());
        down.setOnAction(e -> vm.moveSelected(1));
        Button delete = Controls.button("rules-delete", "rules.action.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(vm.hasSelection().not());
        delete.setOnAction(e -> {
            ClassificationRule r = vm.selectedProperty().get();
            if (dialogs.confirm(Messages.get("rules.delete.title"), Messages.get("rules.delete.named", r.kind().label(),
                    r.valueTo() == null || r.valueTo().isBlank() ? r.value() : r.value() + " – " + r.valueTo(),
                    vm.groupName(r)),
                    Messages.get("button.delete"))) {
                vm.deleteSelected();
            }
        });
        Button export = Controls.button("rules-export", "rules.action.export", "mdi2f-file-export-outline");
        export.setOnAction(e -> dialogs.chooseSaveCsv(Messages.get("rules.export.title"), "indelingsregels.csv")
                .ifPresent(file -> ui.then(vm.export(file), saved -> { })));
        Button importRules = Controls.button("rules-import", "rules.action.import", "mdi2f-file-import-outline");
        importRules.setOnAction(e -> dialogs.chooseImportFile().ifPresent(file -> ui.then(vm.importFile(file),
                r -> dialogs.showInfo(Messages.get("rules.import.title"), Messages.get("rules.import.done",
                        r.added(), r.alreadyPresent())))));
        TableKeys.wire(table, add, null, delete);
        FlowPane actions = new FlowPane(8, 8, add, up, down, delete, export, importRules);
        Label hint = Controls.hint("rules.hint");
        getChildren().addAll(hint, table, actions);
    }
}
