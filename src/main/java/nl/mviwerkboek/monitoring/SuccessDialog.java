package nl.mviwerkboek.monitoring;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** The dialog to add or change a success. */
final class SuccessDialog extends Dialog<Success> {

    SuccessDialog(Window owner, SuccessFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "success.dialog.addTitle" : "success.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("success-dialog");
        FormGrid form = new FormGrid();
        form.add("success.field.date", Fields.date("success-date", vm.dateProperty()), vm.dateError());
        form.add("success.field.what", Fields.textArea("success-what", vm.whatProperty(), 3), vm.whatError());
        form.add("success.field.effect", Fields.textArea("success-effect", vm.effectProperty(), 2), null);
        FlowPane channels = new FlowPane(12, 6);
        channels.setId("success-channels");
        for (ShareChannel c : ShareChannel.values()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("success-channel-" + c.code());
            box.selectedProperty().bindBidirectional(vm.channelProperty(c));
            channels.getChildren().add(box);
        }
        form.add("success.field.channels", channels, null);
        form.add("success.field.note", Fields.text("success-note", vm.noteProperty(),
                Messages.get("success.field.notePrompt")), null);
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(640);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "success-save", "success-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the success when the user saved. */
    Optional<Success> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
