package nl.mviwerkboek.plan;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Messages;

/** State of the "Nieuw plan" wizard: organisation, plan period and theme set. */
public final class NewPlanViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>(OrganisationType.GEMEENTE);
    private final StringProperty periodStart;
    private final StringProperty periodEnd;
    private final ObjectProperty<ThemeSet> themeSet = new SimpleObjectProperty<>(ThemeSet.MANIFEST_2022);

    private final StringBinding nameError;
    private final StringBinding periodError;
    private final BooleanBinding valid;

    /** A wizard proposing a four-year period from {@code currentYear}. */
    public NewPlanViewModel(int currentYear) {
        periodStart = new SimpleStringProperty(String.valueOf(currentYear));
        periodEnd = new SimpleStringProperty(String.valueOf(currentYear + 3));
        nameError = Bindings.createStringBinding(
                () -> ProfileRules.checkName(name.get()).map(Messages::get).orElse(""), name);
        periodError = Bindings.createStringBinding(this::periodMessage, periodStart, periodEnd);
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && periodError.get().isEmpty(),
                nameError, periodError);
    }

    private String periodMessage() {
        Optional<String> key = ProfileRules.checkYear(periodStart.get())
                .or(() -> ProfileRules.checkYear(periodEnd.get()))
                .or(() -> ProfileRules.checkPeriod(Integer.parseInt(periodStart.get().strip()),
                        Integer.parseInt(periodEnd.get().strip())));
        return key.map(Messages::get).orElse("");
    }

    /** The profile of the new plan, when the form is valid. */
    public Optional<PlanProfile> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(PlanProfile.of(name.get().strip(), type.get(), Integer.parseInt(periodStart.get().strip()),
                Integer.parseInt(periodEnd.get().strip()), themeSet.get()));
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<OrganisationType> typeProperty() { return type; }
    public StringProperty periodStartProperty() { return periodStart; }
    public StringProperty periodEndProperty() { return periodEnd; }
    public ObjectProperty<ThemeSet> themeSetProperty() { return themeSet; }
    public StringBinding nameError() { return nameError; }
    public StringBinding periodError() { return periodError; }
    public BooleanBinding valid() { return valid; }
}
