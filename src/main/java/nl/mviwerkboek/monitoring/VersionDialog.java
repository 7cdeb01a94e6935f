package nl.mviwerkboek.monitoring;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Asks the label and note of a new yearly version, and says what taking one means. */
final class VersionDialog extends Dialog<VersionFormViewModel.Result> {

    VersionDialog(Window owner, VersionFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get("version.dialog.title"));
        setHeaderText(getTitle());
        getDialogPane().setId("version-dialog");
        FormGrid form = new FormGrid();
        form.add("version.field.label", Fields.text("version-label", vm.labelProperty(),
                Messages.get("version.field.labelPrompt")), vm.labelError());
        form.add("version.field.note", Fields.textArea("version-note", vm.noteProperty(), 3), null);
        form.addHint(Messages.get("version.dialog.hint"));
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(560);
        ButtonType save = DialogButtons.confirmAndCancel(this, "version.action.take", "version-save", "version-cancel",
                vm.labelError().isEmpty());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; label and note when the user confirmed. */
    Optional<VersionFormViewModel.Result> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
