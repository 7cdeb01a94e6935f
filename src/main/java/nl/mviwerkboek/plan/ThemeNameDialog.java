package nl.mviwerkboek.plan;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Asks the name of a new theme or the new name of an existing one. */
final class ThemeNameDialog extends Dialog<String> {

    ThemeNameDialog(Window owner, ThemeNameViewModel vm, boolean isNew) {
        initOwner(owner);
        setTitle(Messages.get(isNew ? "theme.dialog.addTitle" : "theme.dialog.renameTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("theme-dialog");
        FormGrid form = new FormGrid();
        form.add("theme.field.name", Fields.text("theme-name", vm.nameProperty()), vm.error());
        form.addHint(Messages.get(isNew ? "theme.dialog.addHint" : "theme.dialog.renameHint"));
        getDialogPane().setContent(form);
        ButtonType save = DialogButtons.confirmAndCancel(this, isNew ? "button.add" : "button.save",
                "theme-save", "theme-cancel", vm.error().isEmpty());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the name when the user saved. */
    Optional<String> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
