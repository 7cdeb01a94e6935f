package nl.mviwerkboek.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * The state of the support sections of Starten: the SWOT items per quadrant with a field to add one, and
 * "Waarom niet?" with fields for a new reason and its answer. Every change is saved at once.
 */
public final class SupportViewModel {

    private final SupportService service;
    private final UiCallbacks ui;
    private final Map<SwotQuadrant, ObservableList<SwotItem>> items = new EnumMap<>(SwotQuadrant.class);
    private final Map<SwotQuadrant, StringProperty> newItem = new EnumMap<>(SwotQuadrant.class);
    private final ObservableList<Objection> objections = FXCollections.observableArrayList();
    private final StringProperty newReason = new SimpleStringProperty("");
    private final StringProperty newAnswer = new SimpleStringProperty("");
    private final StringProperty editProblem = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** The sections for the plan behind {@code service}. */
    public SupportViewModel(SupportService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
        for (SwotQuadrant q : SwotQuadrant.values()) {
            items.put(q, FXCollections.observableArrayList());
            newItem.put(q, new SimpleStringProperty(""));
        }
    }

    /** Reads the SWOT and the objections. */
    public CompletableFuture<Void> load() {
        return apply(service.picture());
    }

    private CompletableFuture<Void> apply(CompletableFuture<SupportPicture> change) {
        return ui.then(change, p -> {
            items.forEach((q, list) -> list.setAll(p.in(q)));
            objections.setAll(p.objections());
            long answered = p.objections().stream().filter(o -> !o.answer().isBlank()).count();
            summary.set(Messages.get("support.summary", p.swot().size(), p.objections().size(), answered));
        });
    }

    /** Adds the text typed for {@code q}, if any. */
    public CompletableFuture<Void> add(SwotQuadrant q) {
        String text = newItem.get(q).get().strip();
        if (text.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        newItem.get(q).set("");
        return apply(service.add(new SwotItem(0, q, text)));
    }

    /** Gives {@code item} a new text; an empty text removes it. */
    public CompletableFuture<Void> rename(SwotItem item, String text) {
        String t = text == null ? "" : text.strip();
        return apply(t.isEmpty() ? service.delete(item) : service.update(new SwotItem(item.id(), item.quadrant(), t)));
    }

    /** Removes a SWOT item. */
    public CompletableFuture<Void> delete(SwotItem item) {
        return apply(service.delete(item));
    }

    /** Adds the reason (and answer) typed, if a reason was typed. */
    public CompletableFuture<Void> addObjection() {
        String reason = newReason.get().strip();
        if (reason.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String answer = newAnswer.get().strip();
        newReason.set("");
        newAnswer.set("");
        return apply(service.add(new Objection(0, reason, answer)));
    }

    /** Saves a changed objection (a reason never becomes empty). */
    public CompletableFuture<Void> update(Objection o) {
        if (o.reason().isBlank()) {
            String kept = objections.stream().filter(x -> x.id() == o.id()).map(Objection::reason).findFirst().orElse("");
            editProblem.set(Messages.get("support.objection.reasonRequired", kept));
            return load();
        }
        editProblem.set("");
        return apply(service.update(o));
    }

    /** Removes an objection. */
    public CompletableFuture<Void> delete(Objection o) {
        return apply(service.delete(o));
    }

    public ObservableList<SwotItem> items(SwotQuadrant q) {
        return items.get(q);
    }

    public StringProperty newItemProperty(SwotQuadrant q) {
        return newItem.get(q);
    }

    public ObservableList<Objection> objections() {
        return objections;
    }

    public StringProperty newReasonProperty() {
        return newReason;
    }

    public StringProperty newAnswerProperty() {
        return newAnswer;
    }

    /** "11 punten in de SWOT · 5 redenen, 4 met een antwoord". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last edit in the objections table was not taken; empty when it was. */
    public StringProperty editProblemProperty() {
        return editProblem;
    }
}
