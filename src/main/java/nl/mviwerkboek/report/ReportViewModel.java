package nl.mviwerkboek.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.TypedText;

/**
 * The report chapter's state: the settings (saved at every change, a typed text when it is committed), which yearly version the progress
 * report starts from, and the exports, which run as tasks in the status bar.
 */
public final class ReportViewModel {

    private final ReportService service;
    private final UiCallbacks ui;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(PlanStatus.CONCEPT);
    private final ObjectProperty<LocalDate> adoptedOn = new SimpleObjectProperty<>();
    private final TypedText adoptedBy = new TypedText();
    private final TypedText versionLabel = new TypedText();
    private final ObjectProperty<ReportDetail> detail = new SimpleObjectProperty<>(ReportDetail.VOLLEDIG);
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final TypedText introduction = new TypedText();
    private final ReadOnlyStringWrapper progressBasis = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding adopted = status.isEqualTo(PlanStatus.VASTGESTELD);
    private String organisation = "";
    private ReportSettings saved;
    private boolean filling;

    /** The state of the plan behind {@code service}; exports show in the status bar through {@code tasks}. */
    public ReportViewModel(ReportService service, UiCallbacks ui, TaskRunner tasks, Supplier<LocalDate> today) {
        this.service = service;
        this.ui = ui;
        this.tasks = tasks;
        this.today = today;
        for (ReportSection s : ReportSection.values()) {
            sections.put(s, new SimpleBooleanProperty(true));
        }
        for (ObservableValue<?> v : java.util.List.<ObservableValue<?>>of(status, adoptedOn, detail,
                adoptedBy.committedProperty(), versionLabel.committedProperty(), introduction.committedProperty())) {
            v.addListener((o, old, now) -> onEdit());
        }
        sections.values().forEach(p -> p.addListener((o, old, now) -> onEdit()));
    }

    /** Reads the settings and fills the fields. */
    public CompletableFuture<Void> load() {
        ReportService.prepare();
        return ui.then(service.state(), this::fill);
    }

    private void fill(ReportState state) {
        filling = true;
        try {
            ReportSettings s = state.settings();
            status.set(s.status());
            adoptedOn.set(s.adoptedOn());
            adoptedBy.load(s.adoptedBy());
            versionLabel.load(s.versionLabel());
            detail.set(s.detail());
            sections.forEach((section, p) -> p.set(s.includes(section)));
            introduction.load(s.introduction());
            saved = s;
        } finally {
            filling = false;
        }
        showState(state);
    }

    private void showState(ReportState state) {
        organisation = state.organisation();
        progressBasis.set(state.latestVersion() == null ? Messages.get("report.progress.basis.none")
                : Messages.get("report.progress.basis", state.latestVersion().label(),
                        Formats.date(state.latestVersion().takenOn())));
    }

    private void onEdit() {
        if (filling || saved == null) {
            return;
        }
        if (status.get() == PlanStatus.VASTGESTELD && adoptedOn.get() == null) {
            adoptedOn.set(today.get());
            return;
        }
        ReportSettings next = current();
        if (!next.equals(saved)) {
            saved = next;
            ui.then(service.save(next), this::showState);
        }
    }

    /** The settings as the fields hold them. */
    public ReportSettings current() {
        Set<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        sections.forEach((s, p) -> {
            if (p.get()) {
                chosen.add(s);
            }
        });
        return new ReportSettings(status.get(), adopted.get() ? adoptedOn.get() : null, adoptedBy.get().strip(),
                versionLabel.get().strip(), detail.get(), chosen, introduction.get());
    }

    /** Makes {@code kind} at {@code target} in the background; completes with the file when it is written. */
    public CompletableFuture<Path> export(ExportKind kind, Path target) {
        busy.set(true);
        CompletableFuture<Path> result = new CompletableFuture<>();
        ui.then(tasks.run(Messages.get("report.task", kind.label()), service.job(kind, target)), path -> {
            busy.set(false);
            result.complete(path);
        }).whenComplete((v, e) -> {
            if (e != null) {
                busy.set(false);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The file name proposed for {@code kind}. */
    public String suggestedName(ExportKind kind) {
        return kind.fileName(organisation, today.get().getYear());
    }

    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> adoptedOnProperty() {
        return adoptedOn;
    }

    public StringProperty adoptedByProperty() {
        return adoptedBy;
    }

    public StringProperty versionLabelProperty() {
        return versionLabel;
    }

    public ObjectProperty<ReportDetail> detailProperty() {
        return detail;
    }

    /** Whether {@code s} goes into the Word plan. */
    public BooleanProperty sectionProperty(ReportSection s) {
        return sections.get(s);
    }

    public StringProperty introductionProperty() {
        return introduction;
    }

    /** Which yearly version the progress report starts from, in words. */
    public ReadOnlyStringProperty progressBasisProperty() {
        return progressBasis.getReadOnlyProperty();
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the plan is adopted (the adoption fields apply). */
    public BooleanBinding adoptedBinding() {
        return adopted;
    }
}
