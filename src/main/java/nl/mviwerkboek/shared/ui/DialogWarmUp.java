package nl.mviwerkboek.shared.ui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import nl.mviwerkboek.shared.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds one hidden form dialog with every kind of field our dialogs use, once per process and in small steps
 * while the app is idle after a plan is shown: CSS, layout and a snapshot of it load and compile JavaFX's
 * classes, skins, style lookups and text rendering, so that the first real dialog opens as fast as later ones
 * (ADR 0031). Never shown; nothing of it is kept.
 */
public final class DialogWarmUp {

    private static final Logger LOG = Logger.getLogger(DialogWarmUp.class.getName());
    private static final Duration START_AFTER = Duration.millis(300);
    private static final Duration BETWEEN_STEPS = Duration.millis(40);
    private static boolean started;

    private DialogWarmUp() {
    }

    /** Starts the warm-up (FX thread) unless it ran already; each step runs in a pulse of its own. */
    public static void start() {
        if (started) {
            return;
        }
        started = true;
        long begin = System.nanoTime();
        Dialog<?>[] dialog = new Dialog<?>[1];
        Deque<Runnable> steps = new ArrayDeque<>(List.of(
                () -> dialog[0] = form(),
                () -> {
                    DialogPane pane = dialog[0].getDialogPane();
                    if (pane.getScene() == null) {
                        new Scene(pane);
                    }
                    pane.applyCss();
                    pane.layout();
                    FormInputs.firstFocusable(pane); // what showing a dialog asks of its form
                    FormInputs.values(pane);
                },
                () -> dialog[0].getDialogPane().snapshot(null, null),
                () -> LOG.fine(() -> "Dialog warm-up done after " + (System.nanoTime() - begin) / 1_000_000 + " ms")));
        next(steps, START_AFTER);
    }

    private static void next(Deque<Runnable> steps, Duration after) {
        PauseTransition pause = new PauseTransition(after);
        pause.setOnFinished(e -> {
            steps.removeFirst().run();
            if (!steps.isEmpty()) {
                next(steps, BETWEEN_STEPS);
            }
        });
        pause.play();
    }

    /** A dialog like our forms: text, text area, choices (plain and searchable), date, check and radio boxes. */
    private static Dialog<Void> form() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("field.date.prompt"));
        dialog.setHeaderText(dialog.getTitle());
        FormGrid form = new FormGrid();
        List<String> items = List.of(Messages.get("field.clear"), Messages.get("button.cancel"));
        form.addRow(Messages.get("field.clear"), Fields.text("warm-up-text", new SimpleStringProperty(""),
                Messages.get("field.date.prompt")));
        form.addRow(Messages.get("field.clear"), Fields.textArea("warm-up-area", new SimpleStringProperty(""), 2));
        form.addRow(Messages.get("field.clear"), Fields.optionalChoice("warm-up-choice",
                new SimpleObjectProperty<String>(), items, s -> s, "field.date.prompt"));
        form.addRow(Messages.get("field.clear"), SearchableChoice.optional("warm-up-search",
                new SimpleObjectProperty<String>(), items, s -> s, "field.date.prompt"));
        form.addRow(Messages.get("field.clear"), new HBox(8, Fields.date("warm-up-date",
                new SimpleObjectProperty<>(LocalDate.now())), new CheckBox(Messages.get("button.cancel")),
                new RadioButton(Messages.get("button.cancel"))));
        Label quality = new Label(Messages.get("field.date.prompt"), new FontIcon("mdi2c-check-circle-outline"));
        quality.setWrapText(true);
        form.addRow(Messages.get("field.clear"), quality);
        form.addHint(Messages.get("field.date.prompt"));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setContent(scroll);
        DialogButtons.confirmAndCancel(dialog, "button.cancel", "warm-up-ok", "warm-up-cancel",
                Bindings.not(new SimpleBooleanProperty(false)));
        return dialog;
    }
}
