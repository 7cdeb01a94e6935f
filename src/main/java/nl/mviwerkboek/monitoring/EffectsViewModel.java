package nl.mviwerkboek.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.EffectForm;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.contracts.Contract;

/**
 * The effects tab: every effect of tenders and contracts, and a row to add one to a tender or to a contract
 * from the register (for contracts that were not tendered through an action in this plan).
 */
public final class EffectsViewModel {

    private final MonitoringViewModel monitoring;
    private final ObservableList<Effect> effects = FXCollections.observableArrayList();
    private final ObservableList<EffectSubject> subjects = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<EffectSubject> subject = new SimpleObjectProperty<>();
    private final EffectForm form = new EffectForm();

    /** The tab on the monitoring picture of {@code monitoring}. */
    public EffectsViewModel(MonitoringViewModel monitoring) {
        this.monitoring = monitoring;
        form.bindSubjectChosen(subject.isNotNull());
        monitoring.pictureProperty().addListener((o, old, now) -> show(now));
        show(monitoring.pictureProperty().get());
    }

    private void show(MonitoringPicture p) {
        effects.setAll(p.effects());
        goals.setAll(p.actions().goals());
        List<EffectSubject> list = new ArrayList<>();
        for (Action a : p.actions().actions()) {
            if (a.kind() == ActionKind.AANBESTEDING) {
                list.add(new EffectSubject(a.id(), null, Messages.get("effect.subject.tender", a.title())));
            }
        }
        for (Contract k : p.actions().contracts()) {
            list.add(new EffectSubject(null, k.id(), Messages.get("effect.subject.contract", k.title())));
        }
        EffectSubject chosen = subject.get();
        subjects.setAll(list);
        subject.set(list.contains(chosen) ? chosen : null);
    }

    /** Adds the effect typed in the row to the chosen tender or contract. */
    public CompletableFuture<Void> add() {
        EffectSubject s = subject.get();
        return s == null ? CompletableFuture.completedFuture(null) : form.take(s.actionId(), s.contractId())
                .map(e -> monitoring.apply(monitoring.service().addEffect(e)))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** Removes an effect. */
    public CompletableFuture<Void> delete(Effect e) {
        return monitoring.apply(monitoring.service().deleteEffect(e));
    }

    /** The tender or contract an effect belongs to, in words. */
    public String subjectName(Effect e) {
        return subjects.stream().filter(s -> java.util.Objects.equals(s.actionId(), e.actionId())
                && java.util.Objects.equals(s.contractId(), e.contractId())).map(EffectSubject::label).findFirst()
                .orElse("");
    }

    /** The statement of a goal, or empty. */
    public String goalName(Long id) {
        return monitoring.pictureProperty().get().actions().focus().goalStatement(id);
    }

    public ObservableList<Effect> effects() { return effects; }
    public ObservableList<EffectSubject> subjects() { return subjects; }
    public ObservableList<Goal> goals() { return goals; }
    public ObjectProperty<EffectSubject> subjectProperty() { return subject; }
    public EffectForm form() { return form; }
}
