package nl.mviwerkboek.spend.contracts;

import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Adds or changes a contract in the register; saving works only when the form is valid. */
final class ContractDialog extends Dialog<ButtonType> {

    private final ContractFormViewModel vm;
    private final ButtonType save;

    ContractDialog(Window owner, ContractFormViewModel vm, ObservableList<ProductGroup> groups) {
        this.vm = vm;
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "contract.dialog.addTitle" : "contract.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("contract-dialog");
        FormGrid form = new FormGrid();
        form.add("contract.field.title", Fields.text("contract-title", vm.titleProperty()), vm.titleError());
        form.add("contract.field.supplier", Fields.text("contract-supplier", vm.supplierProperty()), null);
        var group = SearchableChoice.of("contract-group", vm.groupProperty(), groups, ProductGroup::name);
        form.add("contract.field.group", group, null);
        form.add("contract.field.start", Fields.date("contract-start", vm.startProperty()), null);
        form.add("contract.field.end", Fields.date("contract-end", vm.endProperty()), vm.endError());
        form.add("contract.field.extension", Fields.text("contract-extension", vm.extensionProperty()),
                vm.extensionError());
        form.add("contract.field.options", Fields.text("contract-options", vm.optionsProperty(),
                Messages.get("contract.field.optionsPrompt")), null);
        form.add("contract.field.value", Fields.text("contract-value", vm.valueProperty(), "€ 0,00"), vm.valueError());
        form.add("contract.field.mvi", check("contract-mvi", vm.mviProperty()), null);
        form.add("contract.field.sroi", check("contract-sroi", vm.sroiProperty()), null);
        form.add("contract.field.owner", Fields.text("contract-owner", vm.ownerProperty()), null);
        form.add("contract.field.note", Fields.text("contract-note", vm.noteProperty()), null);
        form.addHint(Messages.get("contract.dialog.hint"));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(540);
        getDialogPane().setContent(scroll);
        save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save", "contract-save",
                "contract-cancel", vm.valid());
    }

    private static CheckBox check(String id, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(Messages.get("contract.yes"));
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** Shows the dialog; the contract when the user saved. */
    Optional<Contract> ask() {
        return DialogWindows.prepare(this).showAndWait().filter(b -> b == save).flatMap(b -> vm.result());
    }
}
