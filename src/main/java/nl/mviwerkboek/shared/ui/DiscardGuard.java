package nl.mviwerkboek.shared.ui;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * Asks "Wijzigingen weggooien?" before a form dialog throws away what was typed: on Escape, Annuleren and
 * the window's close button, and only when a field holds something else than when the dialog opened.
 */
final class DiscardGuard {

    /** Id of the button that throws the input away. */
    static final String DISCARD_ID = "discard-confirm";
    /** Id of the button that goes back to the form. */
    static final String KEEP_ID = "discard-keep";

    private final Dialog<?> dialog;
    private List<Object> opened = List.of();

    private DiscardGuard(Dialog<?> dialog) {
        this.dialog = dialog;
    }

    /** Guards {@code dialog} once it is shown in {@code window}: remembers its fields, asks on cancel and close. */
    static void install(Dialog<?> dialog, Window window) {
        DiscardGuard guard = new DiscardGuard(dialog);
        guard.opened = FormInputs.values(dialog.getDialogPane());
        dialog.getDialogPane().getProperties().put(DiscardGuard.class, guard);
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            if (type.getButtonData().isCancelButton() && button != null) {
                button.addEventFilter(ActionEvent.ACTION, e -> {
                    if (!guard.mayClose()) {
                        e.consume();
                    }
                });
            }
        }
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!guard.mayClose()) {
                e.consume();
            }
        });
    }

    /** Takes what {@code dialog}'s fields hold now as what it opened with (its form was filled after showing). */
    static void rebase(Dialog<?> dialog) {
        if (dialog.getDialogPane().getProperties().get(DiscardGuard.class) instanceof DiscardGuard guard) {
            guard.opened = FormInputs.values(dialog.getDialogPane());
        }
    }

    /** True when nothing was changed, or the user chose to throw the changes away. */
    private boolean mayClose() {
        return !FormInputs.changedSince(dialog.getDialogPane(), opened) || askDiscard(dialog.getDialogPane()
                .getScene().getWindow());
    }

    private static boolean askDiscard(Window owner) {
        ButtonType discard = new ButtonType(Messages.get("discard.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("discard.message"), discard, keep);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("discard.title"));
        alert.setHeaderText(Messages.get("discard.title"));
        alert.getDialogPane().setId("discard-dialog");
        Button discardButton = (Button) alert.getDialogPane().lookupButton(discard);
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        discardButton.setId(DISCARD_ID);
        keepButton.setId(KEEP_ID);
        discardButton.setDefaultButton(false); // Enter keeps the work; throwing it away takes a deliberate choice
        keepButton.setDefaultButton(true);
        DialogWindows.prepare(alert);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
