package nl.mviwerkboek.spend.groups;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * What the rule being typed would catch: the number of spend lines and their total, the lines it matches that are
 * placed already, and a few examples. Only the latest question is answered; older ones stop reading.
 */
public final class RulePreviewViewModel {

    private final GroupsService service;
    private final UiCallbacks ui;
    private final AtomicLong asked = new AtomicLong();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("rules.preview.empty"));
    private final ReadOnlyStringWrapper earlier = new ReadOnlyStringWrapper("");
    private final ObservableList<RulePreviewStorage.Example> examples = FXCollections.observableArrayList();

    /** The preview for one plan's rules. */
    public RulePreviewViewModel(GroupsService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Asks what a rule of {@code kind} on {@code value} (to {@code valueTo}) would catch; call on the FX thread. */
    public CompletableFuture<Void> refresh(RuleKind kind, String value, String valueTo) {
        long question = asked.incrementAndGet();
        if (kind == null || value == null || value.isBlank()) {
            show(null);
            return CompletableFuture.completedFuture(null);
        }
        summary.set(Messages.get("rules.preview.busy"));
        return ui.then(service.previewRule(kind, value.strip(), valueTo == null ? null : valueTo.strip(),
                () -> asked.get() != question), preview -> {
                    if (preview != null && asked.get() == question) {
                        show(preview);
                    }
                });
    }

    private void show(RulePreviewStorage.RulePreview preview) {
        if (preview == null) {
            summary.set(Messages.get("rules.preview.empty"));
            earlier.set("");
            examples.clear();
            return;
        }
        summary.set(Messages.get("rules.preview.summary", preview.lines(), Formats.amount(preview.cents())));
        earlier.set(preview.placedEarlier() == 0 ? "" : Messages.get("rules.preview.earlier", preview.placedEarlier()));
        examples.setAll(preview.examples());
    }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty earlierProperty() { return earlier.getReadOnlyProperty(); }
    public ObservableList<RulePreviewStorage.Example> examples() { return examples; }
}
