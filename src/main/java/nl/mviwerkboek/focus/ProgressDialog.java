package nl.mviwerkboek.focus;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Records a measured value of a goal on a date. */
final class ProgressDialog extends Dialog<ProgressEntry> {

    ProgressDialog(Window owner, ProgressFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get("progress.dialog.title"));
        setHeaderText(vm.measureHint());
        getDialogPane().setId("progress-dialog");
        FormGrid form = new FormGrid();
        form.add("progress.field.date", Fields.date("progress-date", vm.dateProperty()), vm.dateError());
        form.add("progress.field.value", Fields.text("progress-value", vm.valueProperty(), "0"), vm.valueError());
        form.add("progress.field.note", Fields.textArea("progress-note", vm.noteProperty(), 2), null);
        getDialogPane().setContent(form);
        ButtonType save = DialogButtons.confirmAndCancel(this, "button.add", "progress-save", "progress-cancel",
                vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the entry when the user saved. */
    Optional<ProgressEntry> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
