package nl.mviwerkboek.plan;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DutchDateConverter;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.LabelConverter;

/** The organisation profile form; every field binds to the {@link ProfileViewModel}. */
final class ProfileForm extends FormGrid {

    ProfileForm(ProfileViewModel vm) {
        setId("profile-form");
        ProfileViewModel.ProfileErrors errors = vm.errors();
        add("starten.profile.name", text("profile-name", vm.nameProperty(), null), errors.name());

        ComboBox<OrganisationType> type = new ComboBox<>();
        type.setId("profile-type");
        type.getItems().setAll(OrganisationType.values());
        type.setConverter(new LabelConverter<>());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        add("starten.profile.type", type, null);

        add("starten.profile.inhabitants", text("profile-inhabitants", vm.inhabitantsProperty(), "32.500"),
                errors.inhabitants());
        add("starten.profile.periodStart", text("profile-period-start", vm.periodStartProperty(), "2026"),
                errors.periodStart());
        add("starten.profile.periodEnd", text("profile-period-end", vm.periodEndProperty(), "2029"),
                errors.periodEnd());
        add("starten.profile.commissioner", text("profile-commissioner", vm.commissionerProperty(),
                Messages.get("starten.profile.commissioner.prompt")), null);

        DatePicker signed = new DatePicker();
        signed.setId("profile-signed-on");
        signed.setConverter(new DutchDateConverter());
        signed.setPromptText("dd-mm-jjjj");
        signed.valueProperty().bindBidirectional(vm.signedOnProperty());
        add("starten.profile.signedOn", signed, errors.signedOn());

        add("starten.profile.budget", text("profile-budget", vm.budgetProperty(), "25.000"), errors.budget());
        addHint(Messages.get("starten.profile.budget.hint"));
        add("starten.profile.capacity", text("profile-capacity", vm.capacityProperty(), "16"), errors.capacity());

        Label themes = new Label();
        themes.setId("profile-themes");
        themes.setWrapText(true);
        themes.textProperty().bind(vm.themeSetTextProperty());
        add("starten.profile.themes", themes, null);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }
}
