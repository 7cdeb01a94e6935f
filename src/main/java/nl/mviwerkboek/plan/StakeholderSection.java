package nl.mviwerkboek.plan;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableHeaders;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.TableActions;

/** The stakeholder table with add, edit and delete (delete asks first). */
final class StakeholderSection extends VBox {

    private final StakeholdersViewModel vm;
    private final Dialogs dialogs;
    private final TableView<Stakeholder> table = TableHeaders.fit(new TableView<>());

    StakeholderSection(StakeholdersViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("stakeholder-section");

        Button add = Controls.button("stakeholder-add", "stakeholder.action.add", "mdi2a-account-plus-outline");
        add.setOnAction(e -> addStakeholder());
        Button[] editDelete = Controls.editAndDelete("stakeholder", vm.hasSelection(), this::editSelected,
                this::deleteSelected);

        table.setId("stakeholder-table");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.stakeholder.table");
        table.setItems(vm.items());
        table.setPrefHeight(280);
        table.setPlaceholder(new Label(Messages.get("stakeholder.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("stakeholder.field.name", Stakeholder::name, 180));
        table.getColumns().add(Controls.column("stakeholder.field.role", s -> s.role().label(), 200));
        table.getColumns().add(Controls.column("stakeholder.field.department", Stakeholder::department, 160));
        table.getColumns().add(Controls.column("stakeholder.field.involvement", s -> s.involvement().label(), 120));
        table.getColumns().add(Controls.column("stakeholder.field.email", Stakeholder::email, 200));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);

        Label missing = Controls.notice("stakeholder-missing-roles", "advice", null, vm.missingRoles());
        getChildren().addAll(new HBox(8, add, editDelete[0], editDelete[1]), table, missing);
    }

    private void addStakeholder() {
        new StakeholderDialog(getScene().getWindow(), StakeholderFormViewModel.forNew()).ask().ifPresent(vm::add);
    }

    private void editSelected() {
        Stakeholder selected = vm.selectedProperty().get();
        new StakeholderDialog(getScene().getWindow(), StakeholderFormViewModel.forExisting(selected)).ask()
                .ifPresent(vm::update);
    }

    private void deleteSelected() {
        Stakeholder selected = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("stakeholder.delete.title"),
                Messages.get("stakeholder.delete.message", selected.name()), Messages.get("button.delete"))) {
            vm.delete(selected);
        }
    }

}
