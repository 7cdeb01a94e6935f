package nl.mviwerkboek.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * The "Back-up terugzetten" dialog's state: the backups found (the open plan's first), each with its date,
 * kind, plan, size and a summary read from it in the background, and the one chosen.
 */
public final class RestoreViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BackupService service;
    private final Path openPlan;
    private final Executor background;
    private final UiCallbacks ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    /** The backups of {@code service}'s folder, with {@code openPlan}'s (may be null) first; files are read on {@code background}. */
    public RestoreViewModel(BackupService service, Path openPlan, Executor background, UiCallbacks ui) {
        this.service = service;
        this.openPlan = openPlan;
        this.background = background;
        this.ui = ui;
    }

    /** Lists the backups, then reads each one's summary; completes when every row shows it. */
    public CompletableFuture<Void> load() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ui.then(CompletableFuture.supplyAsync(() -> service.list(openPlan), background), list -> {
            List<Row> made = list.stream().map(b -> new Row(b, service.isOf(b, openPlan))).toList();
            rows.setAll(made);
            if (!made.isEmpty()) {
                selected.set(made.get(0));
            }
            List<CompletableFuture<Void>> summaries = new ArrayList<>();
            for (Row row : made) {
                summaries.add(CompletableFuture.supplyAsync(() -> contents(row.backup()), background)
                        .thenAcceptAsync(row.contents::set, ui.executor()));
            }
            CompletableFuture.allOf(summaries.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> done.complete(null));
        }).whenComplete((v, e) -> {
            if (e != null) {
                done.complete(null);
            }
        });
        return done;
    }

    private String contents(Backup backup) {
        try {
            BackupSummary s = service.summary(backup.file());
            return Messages.get("backup.contents", s.organisation(), s.spendLines(), s.actions(),
                    s.goals());
        } catch (PlanFileException e) {
            return Messages.get("backup.contents.damaged");
        }
    }

    /** The name proposed for the restored plan. */
    public String proposedName() {
        return selected.get() == null ? "" : service.proposedName(selected.get().backup());
    }

    /** Where the file chooser starts: the open plan's folder, else the home folder. */
    public Path startFolder() {
        return openPlan != null ? openPlan.toAbsolutePath().getParent() : Path.of(System.getProperty("user.home"));
    }

    /** What the empty list says. */
    public String emptyText() {
        return Messages.get("backup.dialog.empty", service.folder());
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public BooleanBinding canRestore() { return selected.isNotNull(); }

    /** One backup as the list shows it. */
    public static final class Row {
        private final Backup backup;
        private final boolean ofOpenPlan;
        private final ReadOnlyStringWrapper contents = new ReadOnlyStringWrapper(Messages.get("backup.contents.loading"));

        Row(Backup backup, boolean ofOpenPlan) {
            this.backup = backup;
            this.ofOpenPlan = ofOpenPlan;
        }

        public Backup backup() { return backup; }
        public String made() { return Formats.date(backup.madeAt().toLocalDate()) + " " + TIME.format(backup.madeAt()); }
        public String kind() { return backup.kind().label(); }
        public String plan() { return ofOpenPlan ? Messages.get("backup.plan.open", backup.planName()) : backup.planName(); }
        public String size() { return Messages.get("backup.size", Formats.decimal(Math.max(0.1, backup.bytes() / 1e6))); }
        public ReadOnlyStringProperty contentsProperty() { return contents.getReadOnlyProperty(); }
    }
}
