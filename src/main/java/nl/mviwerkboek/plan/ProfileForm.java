package nl.mviwerkboek.plan;

import javafx.scene.control.Label;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;

/** The organisation profile form; every field binds to the {@link ProfileViewModel}. */
final class ProfileForm extends FormGrid {

    ProfileForm(ProfileViewModel vm) {
        setId("profile-form");
        ProfileViewModel.ProfileErrors errors = vm.errors();
        add("starten.profile.name", Fields.text("profile-name", vm.nameProperty()), errors.name());
        add("starten.profile.type", Fields.choice("profile-type", vm.typeProperty(), OrganisationType.values()), null);

        add("starten.profile.inhabitants", Fields.text("profile-inhabitants", vm.inhabitantsProperty(), "32.500"),
                errors.inhabitants());
        add("starten.profile.periodStart", Fields.text("profile-period-start", vm.periodStartProperty(), "2026"),
                errors.periodStart());
        add("starten.profile.periodEnd", Fields.text("profile-period-end", vm.periodEndProperty(), "2029"),
                errors.periodEnd());
        add("starten.profile.commissioner", Fields.text("profile-commissioner", vm.commissionerProperty(),
                Messages.get("starten.profile.commissioner.prompt")), null);
        add("starten.profile.signedOn", Fields.date("profile-signed-on", vm.signedOnProperty()), errors.signedOn());

        add("starten.profile.budget", Fields.text("profile-budget", vm.budgetProperty(), "25.000"), errors.budget());
        addHint(Messages.get("starten.profile.budget.hint"));
        add("starten.profile.capacity", Fields.text("profile-capacity", vm.capacityProperty(), "16"), errors.capacity());

        Label themes = new Label();
        themes.setId("profile-themes");
        themes.setWrapText(true);
        themes.textProperty().bind(vm.themeSetTextProperty());
        add("starten.profile.themes", themes, null);
    }
}
