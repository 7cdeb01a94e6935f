package nl.mviwerkboek.spend.contracts;

import nl.mviwerkboek.shared.ui.ObservableLists;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.AnalysisSettings;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * State of the "Contracten" tab: the register, the tender calendar of the plan period by quarter,
 * the SROI candidates, and the SROI policy (threshold and percentage) they follow.
 */
public final class ContractsViewModel {

    private final ContractService contracts;
    private final AnalysisService analysis;
    private final UiCallbacks ui;
    private final nl.mviwerkboek.shared.task.TaskRunner tasks;
    private final Runnable changed;
    private final ObservableList<Contract> register = FXCollections.observableArrayList();
    private final ObservableList<TenderEvent> calendar = FXCollections.observableArrayList();
    private final ObservableList<SroiCandidate> sroi = FXCollections.observableArrayList();
    private final ObservableList<ProductGroup> groupList = FXCollections.observableArrayList();
    private final ObjectProperty<Contract> selected = new SimpleObjectProperty<>();
    private final StringProperty sroiThreshold = new SimpleStringProperty("");
    private final StringProperty sroiPercentage = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sroiError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final Map<Long, ProductGroup> byId = new HashMap<>();
    private AnalysisSettings settings;

    /** The tab for one plan; {@code changed} runs after every saved change (priorities follow). */
    public ContractsViewModel(ContractService contracts, AnalysisService analysis, UiCallbacks ui,
                              nl.mviwerkboek.shared.task.TaskRunner tasks, Runnable changed) {
        this.tasks = tasks;
        this.contracts = contracts;
        this.analysis = analysis;
        this.ui = ui;
        this.changed = changed;
    }

    /** Loads register, calendar and SROI candidates. */
    public CompletableFuture<Void> load() {
        return ui.then(contracts.register(), this::show);
    }

    private void show(ContractService.Register l) {
        byId.clear();
        l.groups().forEach(g -> byId.put(g.id(), g));
        groupList.setAll(l.groups().stream().filter(g -> !g.archived()).toList());
        settings = l.settings();
        Long keep = selected.get() == null ? null : selected.get().id();
        ObservableLists.update(register, l.contracts());
        selected.set(l.contracts().stream().filter(k -> keep != null && k.id() == keep).findFirst().orElse(null));
        LocalDate from = LocalDate.of(l.periodStart(), 1, 1);
        LocalDate to = LocalDate.of(l.periodEnd(), 12, 31);
        ObservableLists.update(calendar, TenderCalendar.events(l.contracts(), from, to));
        ObservableLists.update(sroi, SroiCandidates.find(l.contracts(), byId, settings));
        sroiThreshold.set(Formats.amountInput(settings.sroiThresholdCents()));
        sroiPercentage.set(Formats.decimalInput(settings.sroiPercentage()));
        periodText.set(Messages.get("calendar.period", Formats.yearRange(l.periodStart(), l.periodEnd())));
    }

    /** The name of a contract's product group, or empty. */
    public String groupName(Contract k) {
        ProductGroup g = k.groupId() == null ? null : byId.get(k.groupId());
        return g == null ? "" : g.name();
    }

    /** The expected SROI obligation of a contract at the plan's percentage (0 when not a candidate). */
    public long obligation(Contract k) {
        return sroi.stream().filter(s -> s.contract().id() == k.id()).mapToLong(SroiCandidate::obligationCents)
                .findFirst().orElse(0);
    }

    /** Adds or saves a contract. */
    public void save(Contract k) {
        ui.then(contracts.save(k), id -> reloadAndNotify());
    }

    /** Reads a register file's header and first rows as a background job, for the mapping dialog. */
    public CompletableFuture<ContractImportViewModel> analyseFile(java.nio.file.Path file) {
        return tasks.run(Messages.get("task.contractAnalyse", file.getFileName()), contracts.analyseJob(file))
                .thenApply(sheet -> new ContractImportViewModel(sheet, List.copyOf(groupList)));
    }

    /** Imports all contracts with the columns chosen in the dialog; the future holds how many. */
    public CompletableFuture<Integer> importWith(ContractImportViewModel form) {
        CompletableFuture<Integer> done = tasks.run(Messages.get("task.contractImport", form.sheet().file()
                .getFileName()), contracts.importJob(form.sheet(), form.columns(), List.copyOf(groupList)));
        done.thenRun(() -> ui.executor().execute(this::reloadAndNotify));
        return done;
    }

    /** Deletes the selected contract. */
    public void deleteSelected() {
        if (selected.get() != null) {
            ui.then(contracts.delete(selected.get().id()), v -> reloadAndNotify());
        }
    }

    /** Saves the SROI threshold and percentage after checking them. */
    public void saveSroi() {
        var thresholdText = Formats.readAmountCents(sroiThreshold.get());
        var pctText = Formats.readDecimal(sroiPercentage.get());
        var threshold = thresholdText.optional().filter(c -> c >= 0);
        var pct = pctText.optional().filter(p -> p >= 0 && p <= 100);
        if (threshold.isEmpty() || pct.isEmpty()) {
            sroiError.set(!thresholdText.ok() ? thresholdText.problem() : !pctText.ok() ? pctText.problem()
                    : Messages.get("sroi.settings.error"));
            return;
        }
        sroiError.set("");
        ui.then(analysis.saveSettings(new AnalysisSettings(settings.localPlaces(), settings.localPostcodes(),
                threshold.get(), pct.get())), v -> reloadAndNotify());
    }

    private void reloadAndNotify() {
        load();
        changed.run();
    }

    public ObservableList<Contract> register() { return register; }
    public ObservableList<TenderEvent> calendar() { return calendar; }
    public ObservableList<SroiCandidate> sroi() { return sroi; }
    public ObservableList<ProductGroup> groups() { return groupList; }
    public ObjectProperty<Contract> selectedProperty() { return selected; }
    public StringProperty sroiThresholdProperty() { return sroiThreshold; }
    public StringProperty sroiPercentageProperty() { return sroiPercentage; }
    public ReadOnlyStringProperty sroiErrorProperty() { return sroiError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty periodTextProperty() { return periodText.getReadOnlyProperty(); }
}
