package nl.mviwerkboek.plan;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;
import nl.mviwerkboek.shared.ui.TextAreaTabs;

/** The dialog to add or change a stakeholder; its save button works only when the form is valid. */
final class StakeholderDialog extends Dialog<Stakeholder> {

    StakeholderDialog(Window owner, StakeholderFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "stakeholder.dialog.addTitle" : "stakeholder.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("stakeholder-dialog");

        FormGrid form = new FormGrid();
        form.add("stakeholder.field.name", Fields.text("stakeholder-name", vm.nameProperty()), vm.nameError());
        ComboBox<StakeholderRole> role = Fields.choice("stakeholder-role", vm.roleProperty(), StakeholderRole.values());
        role.setMaxWidth(Double.MAX_VALUE);
        form.add("stakeholder.field.role", role, vm.roleError());
        form.add("stakeholder.field.department", Fields.text("stakeholder-department", vm.departmentProperty()), null);
        ComboBox<Involvement> involvement = Fields.choice("stakeholder-involvement", vm.involvementProperty(),
                Involvement.values());
        involvement.setMaxWidth(Double.MAX_VALUE);
        form.add("stakeholder.field.involvement", involvement, null);
        form.add("stakeholder.field.email", Fields.text("stakeholder-email", vm.emailProperty()), vm.emailError());
        TextArea note = new TextArea();
        note.setId("stakeholder-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        TextAreaTabs.install(note);
        form.add("stakeholder.field.note", note, null);
        getDialogPane().setContent(form);

        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "stakeholder-save", "stakeholder-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog and returns the stakeholder when the user saved. */
    Optional<Stakeholder> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
