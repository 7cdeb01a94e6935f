package nl.mviwerkboek.inventory;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Adds or changes an inventory item; saving works once it has a title. */
final class InventoryDialog extends Dialog<InventoryItem> {

    InventoryDialog(Window owner, InventoryFormViewModel vm, List<ProductGroup> groups) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "inventory.dialog.addTitle" : "inventory.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("inventory-dialog");
        FormGrid form = new FormGrid();
        ComboBox<InventoryKind> kind = Fields.choice("inventory-kind", vm.kindProperty(), InventoryKind.values());
        kind.setMaxWidth(Double.MAX_VALUE);
        form.add("inventory.field.kind", kind, null);
        Label hint = new Label();
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.kindHint());
        form.addRow("", hint);
        form.add("inventory.field.title", Fields.text("inventory-title", vm.titleProperty()), vm.titleError());
        form.add("inventory.field.description", Fields.textArea("inventory-description",
                vm.descriptionProperty(), 3), null);
        FlowPane themes = new FlowPane(12, 6);
        themes.setPrefWrapLength(410);
        for (InventoryFormViewModel.ThemeTick tick : vm.themes()) {
            CheckBox box = new CheckBox(tick.theme().name());
            box.setId("inventory-theme-" + tick.theme().id());
            box.setWrapText(true);
            box.setMaxWidth(410);
            box.selectedProperty().bindBidirectional(tick.ticked());
            themes.getChildren().add(box);
        }
        form.add("inventory.field.themes", themes, null);
        form.add("inventory.field.group", SearchableChoice.optional("inventory-group", vm.groupProperty(),
                groups.stream().filter(g -> !g.archived() || g.equals(vm.groupProperty().get())).toList(),
                ProductGroup::name, "inventory.field.groupNone"), null);
        form.add("inventory.field.date", Fields.date("inventory-date", vm.dateProperty()), null);
        form.add("inventory.field.link", Fields.text("inventory-link", vm.linkProperty(),
                Messages.get("inventory.field.linkPrompt")), null);
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(680);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "inventory-save", "inventory-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the item when the user saved. */
    Optional<InventoryItem> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
