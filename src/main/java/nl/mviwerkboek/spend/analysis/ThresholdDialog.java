package nl.mviwerkboek.spend.analysis;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Changes the EU thresholds of one year (when the Commission publishes new ones). */
final class ThresholdDialog extends Dialog<ButtonType> {

    private final int year;
    private final SimpleStringProperty services = new SimpleStringProperty();
    private final SimpleStringProperty works = new SimpleStringProperty();
    private final SimpleStringProperty social = new SimpleStringProperty();
    private final ButtonType save;

    ThresholdDialog(Window owner, EuThreshold t) {
        initOwner(owner);
        year = t.year();
        setTitle(Messages.get("thresholds.dialog.title", String.valueOf(year)));
        setHeaderText(getTitle());
        getDialogPane().setId("threshold-dialog");
        services.set(Formats.amountInput(t.suppliesServicesCents()));
        works.set(Formats.amountInput(t.worksCents()));
        social.set(Formats.amountInput(t.socialCents()));
        FormGrid form = new FormGrid();
        form.add("thresholds.col.services", Fields.text("threshold-services", services), null);
        form.add("thresholds.col.works", Fields.text("threshold-works", works), null);
        form.add("thresholds.col.social", Fields.text("threshold-social", social), null);
        form.addHint(Messages.get("thresholds.dialog.hint"));
        getDialogPane().setContent(form);
        save = DialogButtons.confirmAndCancel(this, "button.save", "threshold-save", "threshold-cancel",
                Bindings.createBooleanBinding(() -> valid(services) && valid(works) && valid(social),
                        services, works, social));
    }

    private static boolean valid(SimpleStringProperty p) {
        return Formats.parseAmountCents(p.get()).filter(c -> c > 0).isPresent();
    }

    /** Shows the dialog; the new thresholds when saved. */
    Optional<EuThreshold> ask() {
        return DialogWindows.prepare(this).showAndWait().filter(b -> b == save).map(b -> new EuThreshold(year,
                Formats.parseAmountCents(services.get()).orElseThrow(), Formats.parseAmountCents(works.get())
                .orElseThrow(), Formats.parseAmountCents(social.get()).orElseThrow()));
    }
}
