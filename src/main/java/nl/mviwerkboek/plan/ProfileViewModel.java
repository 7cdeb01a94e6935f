package nl.mviwerkboek.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * State of the organisation profile form: one property per field, a Dutch message per invalid
 * field, and every valid change saved at once (invalid fields keep their last saved value).
 */
public final class ProfileViewModel {

    private final ProfileService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final StringProperty inhabitants = new SimpleStringProperty("");
    private final StringProperty periodStart = new SimpleStringProperty("");
    private final StringProperty periodEnd = new SimpleStringProperty("");
    private final StringProperty commissioner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper themeSetText = new ReadOnlyStringWrapper("");

    private final ProfileErrors errors = new ProfileErrors();
    private PlanProfile saved;
    private boolean filling;
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);

    /** A form for the plan behind {@code service}; {@code today} bounds the signing date. */
    public ProfileViewModel(ProfileService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.today = today;
        // change listeners, not invalidation listeners: those stay silent until someone reads the value
        for (ObservableValue<?> field : List.of(name, type, inhabitants, periodStart, periodEnd, commissioner,
                signedOn, budget, capacity)) {
            field.addListener((obs, old, now) -> onEdit());
        }
    }

    /** Loads the stored profile into the fields. */
    public CompletableFuture<Void> load() {
        return ui.then(service.load().thenCombine(service.themes(), Loaded::new), loaded -> {
            PlanProfile p = loaded.profile();
            saved = p;
            filling = true;
            name.set(p.organisationName());
            type.set(p.organisationType());
            inhabitants.set(p.inhabitants() == null ? "" : Formats.number(p.inhabitants()));
            periodStart.set(String.valueOf(p.periodStart()));
            periodEnd.set(String.valueOf(p.periodEnd()));
            commissioner.set(p.commissioner() == null ? "" : p.commissioner());
            signedOn.set(p.manifestSignedOn());
            budget.set(p.budgetCents() == null ? "" : Formats.amountInput(p.budgetCents()));
            capacity.set(p.capacityHoursPerWeek() == null ? "" : Formats.decimalInput(p.capacityHoursPerWeek()));
            filling = false;
            themeSetText.set(Messages.get("starten.themes.summary", p.themeSet().label(),
                    loaded.themes().stream().filter(t -> !t.archived()).count()));
            validate();
        });
    }

    private record Loaded(PlanProfile profile, List<Theme> themes) {
    }

    private void onEdit() {
        if (filling || saved == null) {
            return;
        }
        validate();
        PlanProfile next = merged();
        if (!next.equals(saved)) {
            saved = next;
            lastSave = ui.then(service.save(next), v -> { });
        }
    }

    private void validate() {
        errors.name.set(message(ProfileRules.checkName(name.get())));
        errors.inhabitants.set(message(ProfileRules.checkInhabitants(inhabitants.get())));
        errors.periodStart.set(message(ProfileRules.checkYear(periodStart.get())));
        Optional<String> endError = ProfileRules.checkYear(periodEnd.get());
        if (endError.isEmpty() && errors.periodStart.get().isEmpty()) {
            endError = ProfileRules.checkPeriod(year(periodStart), year(periodEnd));
        }
        errors.periodEnd.set(message(endError));
        errors.signedOn.set(message(ProfileRules.checkSignedOn(signedOn.get(), today.get())));
        errors.budget.set(message(ProfileRules.checkBudget(budget.get())));
        errors.capacity.set(message(ProfileRules.checkCapacity(capacity.get())));
    }

    private PlanProfile merged() {
        boolean periodOk = errors.periodStart.get().isEmpty() && errors.periodEnd.get().isEmpty();
        return new PlanProfile(
                errors.name.get().isEmpty() ? name.get().strip() : saved.organisationName(),
                type.get() != null ? type.get() : saved.organisationType(),
                errors.inhabitants.get().isEmpty() ? ProfileRules.parseWholeNumber(inhabitants.get())
                        .map(Long::intValue).orElse(null) : saved.inhabitants(),
                periodOk ? year(periodStart) : saved.periodStart(),
                periodOk ? year(periodEnd) : saved.periodEnd(),
                saved.themeSet(),
                commissioner.get() == null || commissioner.get().isBlank() ? null : commissioner.get().strip(),
                errors.signedOn.get().isEmpty() ? signedOn.get() : saved.manifestSignedOn(),
                errors.budget.get().isEmpty() ? Formats.parseAmountCents(budget.get()).orElse(null) : saved.budgetCents(),
                errors.capacity.get().isEmpty() ? Formats.readDecimal(capacity.get()).value()
                        : saved.capacityHoursPerWeek(),
                saved.sample());
    }

    private static int year(StringProperty text) {
        return ProfileRules.year(text.get()).orElseThrow();
    }

    private static String message(Optional<String> key) {
        return key.map(Messages::get).orElse("");
    }

    /** The save started by the latest edit (completed when nothing is pending). */
    public CompletableFuture<Void> lastSave() {
        return lastSave;
    }

    /** The profile as last saved. */
    public PlanProfile saved() {
        return saved;
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<OrganisationType> typeProperty() { return type; }
    public StringProperty inhabitantsProperty() { return inhabitants; }
    public StringProperty periodStartProperty() { return periodStart; }
    public StringProperty periodEndProperty() { return periodEnd; }
    public StringProperty commissionerProperty() { return commissioner; }
    public ObjectProperty<LocalDate> signedOnProperty() { return signedOn; }
    public StringProperty budgetProperty() { return budget; }
    public StringProperty capacityProperty() { return capacity; }
    public ReadOnlyStringProperty themeSetTextProperty() { return themeSetText.getReadOnlyProperty(); }
    public ProfileErrors errors() { return errors; }

    /** The message per field; empty when the field is fine. */
    public static final class ProfileErrors {
        private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper inhabitants = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper periodStart = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper periodEnd = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper signedOn = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper capacity = new ReadOnlyStringWrapper("");

        public ReadOnlyStringProperty name() { return name.getReadOnlyProperty(); }
        public ReadOnlyStringProperty inhabitants() { return inhabitants.getReadOnlyProperty(); }
        public ReadOnlyStringProperty periodStart() { return periodStart.getReadOnlyProperty(); }
        public ReadOnlyStringProperty periodEnd() { return periodEnd.getReadOnlyProperty(); }
        public ReadOnlyStringProperty signedOn() { return signedOn.getReadOnlyProperty(); }
        public ReadOnlyStringProperty budget() { return budget.getReadOnlyProperty(); }
        public ReadOnlyStringProperty capacity() { return capacity.getReadOnlyProperty(); }
    }
}
