package nl.mviwerkboek.plan;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** The "Nieuw plan" wizard: organisation, plan period and theme set, in one short step. */
public final class NewPlanDialog extends Dialog<PlanProfile> {

    /** A wizard owned by {@code owner}. */
    public NewPlanDialog(Window owner, NewPlanViewModel vm) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("newplan.title"));
        setHeaderText(Messages.get("newplan.header"));
        getDialogPane().setId("newplan-dialog");

        FormGrid form = new FormGrid();
        form.add("newplan.name", Fields.text("newplan-name", vm.nameProperty()), vm.nameError());
        form.add("newplan.type", Fields.choice("newplan-type", vm.typeProperty(), OrganisationType.values()), null);
        form.add("newplan.periodStart", Fields.text("newplan-start", vm.periodStartProperty()), null);
        form.add("newplan.periodEnd", Fields.text("newplan-end", vm.periodEndProperty()), vm.periodError());

        ToggleGroup group = new ToggleGroup();
        VBox sets = new VBox(6);
        sets.setId("newplan-themeset");
        for (ThemeSet set : ThemeSet.values()) {
            RadioButton option = new RadioButton(set.label() + " — " + Messages.get(set.labelKey() + ".themes"));
            option.setId("newplan-themeset-" + set.code());
            option.setWrapText(true);
            option.setToggleGroup(group);
            option.setUserData(set);
            option.setSelected(set == vm.themeSetProperty().get());
            sets.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.themeSetProperty().set((ThemeSet) now.getUserData());
            }
        });
        form.add("newplan.themeSet", sets, null);
        form.addHint(Messages.get("newplan.themeSet.hint"));
        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(760);

        ButtonType create = DialogButtons.confirmAndCancel(this, "newplan.create", "newplan-create", "newplan-cancel",
                vm.valid());
        setResultConverter(b -> b == create ? vm.result().orElse(null) : null);
    }

    /** Shows the wizard; the profile of the new plan when the user went on. */
    public Optional<PlanProfile> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
