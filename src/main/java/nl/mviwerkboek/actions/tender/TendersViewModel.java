package nl.mviwerkboek.actions.tender;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.actions.ActionsViewModel;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;
import nl.mviwerkboek.shared.ui.ObservableLists;

/**
 * The tenders tab: the tender actions of the plan (from the action list), and for the chosen one its criteria,
 * market consultations, what was offered and expected after award, and effects, each with a row to add one.
 */
public final class TendersViewModel {

    private final TenderService service;
    private final UiCallbacks ui;
    private final ObservableList<Action> tenders = FXCollections.observableArrayList();
    private final ObjectProperty<Action> selected = new SimpleObjectProperty<>();
    private final ObservableList<TenderCriterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<MarketConsultation> consultations = FXCollections.observableArrayList();
    private final ObservableList<Effect> effects = FXCollections.observableArrayList();
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final TypedText offered = new TypedText();
    private final TypedText expected = new TypedText();
    private final CriterionForm criterionForm = new CriterionForm();
    private final ConsultationEntry consultationForm;
    private final EffectForm effectForm = new EffectForm();
    private ActionsPicture picture = ActionsPicture.empty();
    private TenderFile shown;

    /** The tab beside the action list of {@code actions}; new consultations are dated {@code today}. */
    public TendersViewModel(ActionsViewModel actions, TenderService service, UiCallbacks ui, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.consultationForm = new ConsultationEntry(today);
        actions.pictureProperty().addListener((o, old, now) -> show(now));
        selected.addListener((o, old, now) -> load());
        offered.committedProperty().addListener((o, old, now) -> saveOutcome());
        expected.committedProperty().addListener((o, old, now) -> saveOutcome());
        show(actions.pictureProperty().get());
    }

    private void show(ActionsPicture p) {
        picture = p;
        themes.setAll(p.themes());
        goals.setAll(p.goals());
        ObservableLists.updateKeepingSelection(tenders, p.actions().stream()
                .filter(a -> a.kind() == ActionKind.AANBESTEDING).toList(), selected, Action::id);
    }

    private CompletableFuture<Void> load() {
        Action a = selected.get();
        if (a == null) {
            criteria.clear();
            consultations.clear();
            effects.clear();
            offered.load("");
            expected.load("");
            return CompletableFuture.completedFuture(null);
        }
        return apply(service.file(a.id()));
    }

    private CompletableFuture<Void> apply(CompletableFuture<TenderFile> change) {
        return ui.then(change, f -> {
            if (selected.get() != null && selected.get().id() == f.actionId()) {
                shown = f;
                criteria.setAll(f.criteria());
                consultations.setAll(f.consultations());
                effects.setAll(f.effects());
                offered.load(f.offered());
                expected.load(f.expected());
            }
        });
    }

    /** Adds the criterion typed in the criterion row. */
    public CompletableFuture<Void> addCriterion() {
        return withTender(id -> criterionForm.take(id).map(service::add));
    }

    /** Adds the consultation typed in the consultation row. */
    public CompletableFuture<Void> addConsultation() {
        return withTender(id -> consultationForm.take(id).map(service::add));
    }

    /** Adds the effect typed in the effect row. */
    public CompletableFuture<Void> addEffect() {
        return withTender(id -> effectForm.take(id, null).map(service::add));
    }

    /** Saves what was offered and expected after award when it differs from what is stored (on a commit). */
    public CompletableFuture<Void> saveOutcome() {
        String o = offered.get().strip();
        String e = expected.get().strip();
        boolean unchanged = shown != null && shown.offered().equals(o) && shown.expected().equals(e);
        return withTender(id -> unchanged ? Optional.empty() : Optional.of(service.saveOutcome(id, o, e)));
    }

    public CompletableFuture<Void> delete(TenderCriterion k) { return apply(service.delete(k)); }
    public CompletableFuture<Void> delete(MarketConsultation m) { return apply(service.delete(m)); }
    public CompletableFuture<Void> delete(Effect e) { return apply(service.delete(e)); }

    private CompletableFuture<Void> withTender(
            java.util.function.LongFunction<Optional<CompletableFuture<TenderFile>>> change) {
        Action a = selected.get();
        return a == null ? CompletableFuture.completedFuture(null)
                : change.apply(a.id()).map(this::apply).orElse(CompletableFuture.completedFuture(null));
    }

    /** The name of a theme, or empty. */
    public String themeName(Long id) {
        return picture.focus().themeName(id);
    }

    /** The statement of a goal, or empty. */
    public String goalName(Long id) {
        return picture.focus().goalStatement(id);
    }

    public ObservableList<Action> tenders() { return tenders; }
    public ObjectProperty<Action> selectedProperty() { return selected; }
    public ObservableList<TenderCriterion> criteria() { return criteria; }
    public ObservableList<MarketConsultation> consultations() { return consultations; }
    public ObservableList<Effect> effects() { return effects; }
    public ObservableList<Theme> themes() { return themes; }
    public ObservableList<Goal> goals() { return goals; }
    public StringProperty offeredProperty() { return offered; }
    public StringProperty expectedProperty() { return expected; }
    public CriterionForm criterionForm() { return criterionForm; }
    public ConsultationEntry consultationForm() { return consultationForm; }
    public EffectForm effectForm() { return effectForm; }
}
