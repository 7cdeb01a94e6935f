package nl.mviwerkboek.actions;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Adds or changes an action: what, links, owner, dates, status, and for a tender the instrument and ambition level. */
final class ActionDialog extends Dialog<Action> {

    ActionDialog(Window owner, ActionFormViewModel vm, String titleKey) {
        initOwner(owner);
        setTitle(Messages.get(titleKey));
        setHeaderText(getTitle());
        getDialogPane().setId("action-dialog");
        FormGrid form = new FormGrid();
        form.add("action.field.title", Fields.text("action-title", vm.titleProperty(),
                Messages.get("action.field.titlePrompt")), vm.titleError());
        form.add("action.field.description", Fields.textArea("action-description", vm.descriptionProperty(), 2), null);
        form.add("action.field.kind", Fields.choice("action-kind", vm.kindProperty(), ActionKind.values()), null);
        form.add("action.field.theme", Fields.optionalChoice("action-theme", vm.themeProperty(), vm.themes(),
                Theme::name, "action.field.none"), null);
        form.add("action.field.goal", Fields.optionalChoice("action-goal", vm.goalProperty(), vm.goals(),
                Goal::statement, "action.field.none"), null);
        form.add("action.field.contract", Fields.optionalChoice("action-contract", vm.contractProperty(), vm.contracts(),
                Contract::title, "action.field.none"), null);
        form.add("action.field.group", SearchableChoice.optional("action-group", vm.groupProperty(), vm.groups(),
                ProductGroup::name, "action.field.none"), null);
        form.add("action.field.owner", Fields.optionalChoice("action-owner", vm.ownerProperty(), vm.stakeholders(),
                Stakeholder::name, "action.field.noOwner"), null);
        Label until = new Label(Messages.get("action.field.until"));
        until.setMinWidth(Region.USE_PREF_SIZE); // "tot uiterlijk" whole, the date pickers give way
        HBox dates = new HBox(8, Fields.date("action-start", vm.startProperty()), until,
                Fields.date("action-due", vm.dueProperty()));
        dates.setId("action-dates");
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add("action.field.dates", dates, vm.dueError());
        form.add("action.field.status", Fields.choice("action-status", vm.statusProperty(), ActionStatus.values()), null);
        HBox instrument = labelled("action-instrument", vm.instrumentProperty(), InstrumentLevel.values());
        HBox ambition = labelled("action-ambition", vm.ambitionProperty(), AmbitionLevel.values());
        instrument.disableProperty().bind(vm.isTender().not());
        ambition.disableProperty().bind(vm.isTender().not());
        form.add("action.field.instrument", instrument, null);
        form.add("action.field.ambition", ambition, null);
        form.addHint(Messages.get("action.dialog.hint"));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(580);
        getDialogPane().setContent(scroll);
        getDialogPane().setMinWidth(720);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "action-save", "action-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    private static <T extends Labelled> HBox labelled(String id, javafx.beans.property.ObjectProperty<T> value, T[] values) {
        return Fields.optionalChoice(id, value, Arrays.asList(values), Labelled::label, "action.field.none");
    }

    /** Shows the dialog; the action when the user saved. */
    Optional<Action> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
