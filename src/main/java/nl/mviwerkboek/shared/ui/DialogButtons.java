package nl.mviwerkboek.shared.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import nl.mviwerkboek.shared.i18n.Messages;

/** The buttons of our form dialogs: one that says what it does (enabled while the form is valid), and Annuleren. */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Adds the buttons with ids and returns the confirming one, for the dialog's result converter. */
    public static ButtonType confirmAndCancel(Dialog<?> dialog, String confirmKey, String confirmId, String cancelId,
                                              BooleanExpression valid) {
        ButtonType confirm = new ButtonType(Messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).setId(confirmId);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(valid.not());
        dialog.getDialogPane().lookupButton(cancel).setId(cancelId);
        Mnemonics.dialog(dialog.getDialogPane());
        return confirm;
    }
}
