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
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;

/**
 * State of the organisation profile form: one property per field, a Dutch message per invalid field
 * as it is typed, and every valid change saved when it is committed (invalid fields keep their last
 * saved value).
 */
public final class ProfileViewModel {

    private final ProfileService service;
    private final UiCallbacks ui;
    private final Supplier<LocalDate> today;

    private final TypedText name = new TypedText();
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final TypedText inhabitants = new TypedText();
    private final TypedText periodStart = new TypedText();
    private final TypedText periodEnd = new TypedText();
    private final TypedText commissioner = new TypedText();
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final TypedText budget = new TypedText();
    private final TypedText capacity = new TypedText();
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
        // change listeners, not invalidation listeners: those stay silent until someone reads the value.
        // Typed text is checked as it is typed and saved when it is committed (ADR 0027).
        for (TypedText field : List.of(name, inhabitants, periodStart, periodEnd, commissioner, budget, capacity)) {
            field.addListener((obs, old, now) -> validate());
            field.committedProperty().addListener((obs, old, now) -> onEdit());
        }
        for (ObservableValue<?> field : List.<ObservableValue<?>>of(type, signedOn)) {
            field.addListener((obs, old, now) -> onEdit());
        }
    }

    /** Loads the stored profile into the fields. */
    public CompletableFuture<Void> load() {
        return ui.then(service.load().thenCombine(service.themes(), Loaded::new), loaded -> {
            PlanProfile p = loaded.profile();
            saved = p;
            filling = true;
            name.load(p.organisationName());
            type.set(p.organisationType());
            inhabitants.load(p.inhabitants() == null ? "" : Formats.number(p.inhabitants()));
            periodStart.load(String.valueOf(p.periodStart()));
            periodEnd.load(String.valueOf(p.periodEnd()));
            commissioner.load(p.commissioner() == null ? "" : p.commissioner());
            signedOn.set(p.manifestSignedOn());
            budget.load(p.budgetCents() == null ? "" : Formats.amountInput(p.budgetCents()));
            capacity.load(p.capacityHoursPerWeek() == null ? "" : Formats.decimalInput(p.capacityHoursPerWeek()));
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

    public TypedText nameProperty() { return name; }
    public ObjectProperty<OrganisationType> typeProperty() { return type; }
    public TypedText inhabitantsProperty() { return inhabitants; }
    public TypedText periodStartProperty() { return periodStart; }
    public TypedText periodEndProperty() { return periodEnd; }
    public TypedText commissionerProperty() { return commissioner; }
    public ObjectProperty<LocalDate> signedOnProperty() { return signedOn; }
    public TypedText budgetProperty() { return budget; }
    public TypedText capacityProperty() { return capacity; }
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
