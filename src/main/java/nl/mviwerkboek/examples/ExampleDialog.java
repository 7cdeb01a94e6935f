package nl.mviwerkboek.examples;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** The dialog to add or change an example. */
final class ExampleDialog extends Dialog<Example> {

    ExampleDialog(Window owner, ExampleFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "examples.dialog.addTitle" : "examples.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("example-dialog");
        FormGrid form = new FormGrid();
        form.add("examples.field.title", Fields.text("example-title", vm.titleProperty()), vm.titleError());
        form.add("examples.field.organisation", Fields.text("example-organisation", vm.organisationProperty()), null);
        form.add("examples.field.group", Fields.text("example-group", vm.productGroupProperty()), null);
        form.add("examples.field.themes", Fields.text("example-themes", vm.themesProperty()), null);
        form.add("examples.field.criteria", Fields.textArea("example-criteria", vm.criteriaProperty(), 2), null);
        form.add("examples.field.result", Fields.textArea("example-result", vm.resultProperty(), 2), null);
        form.add("examples.field.lessons", Fields.textArea("example-lessons", vm.lessonsProperty(), 2), null);
        form.add("examples.field.contact", Fields.text("example-contact", vm.contactProperty()), null);
        form.add("examples.field.link", Fields.text("example-link", vm.linkProperty()), null);
        CheckBox own = new CheckBox(Messages.get("examples.field.own"));
        own.setId("example-own");
        own.selectedProperty().bindBidirectional(vm.ownProperty());
        form.addRow("", own);
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(660);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "example-save", "example-cancel", vm.titleError().isEmpty());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the example when the user saved. */
    Optional<Example> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
