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

/** Adds or changes a review moment. */
final class ReviewDialog extends Dialog<Review> {

    ReviewDialog(Window owner, ReviewFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "review.dialog.addTitle" : "review.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("review-dialog");
        FormGrid form = new FormGrid();
        form.add("review.field.date", Fields.date("review-date", vm.heldOnProperty()), vm.dateError());
        form.add("review.field.kind", Fields.choice("review-kind", vm.kindProperty(), ReviewKind.values()), null);
        form.add("review.field.notes", Fields.textArea("review-notes", vm.notesProperty(), 4), null);
        form.add("review.field.decisions", Fields.textArea("review-decisions", vm.decisionsProperty(), 3), null);
        form.add("review.field.next", Fields.date("review-next", vm.nextOnProperty()), vm.nextError());
        form.addHint(Messages.get("review.dialog.hint"));
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(620);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "review-save", "review-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    /** Shows the dialog; the review when the user saved. */
    Optional<Review> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
