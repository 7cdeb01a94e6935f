package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.backup.AutoBackups;
import nl.mviwerkboek.backup.BackupService;
import nl.mviwerkboek.backup.RestoreViewModel;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.sample.SampleCopies;
import nl.mviwerkboek.sample.SamplePlan;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.BackgroundJob;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Chapter;

/** State of the main window: the open plan, the chapter shown, the title, status and recent plans. */
public final class WorkbenchViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TaskRunner tasks;
    private final DataFolder folder;
    private final AppSettings settings;
    private final UiCallbacks ui;
    private final PlanFiles files;
    private final BackupService backups;
    private final AutoBackups autoBackups;

    private final ReadOnlyObjectWrapper<PlanSession> session = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Chapter> chapter = new SimpleObjectProperty<>(Chapter.OVERZICHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("app.name"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private java.util.function.Supplier<String> statusText = () -> "";
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private boolean shuttingDown;

    /** The workbench; {@code ui} receives results and reports failures (as dialogs in the app). */
    public WorkbenchViewModel(TaskRunner tasks, DataFolder folder, AppSettings settings, UiCallbacks ui) {
        this.tasks = tasks;
        this.folder = folder;
        this.settings = settings;
        this.ui = ui;
        this.files = new PlanFiles(folder.backups());
        this.backups = new BackupService(folder.backups(), LocalDateTime::now);
        this.autoBackups = new AutoBackups(folder.backups(), LocalDateTime::now);
        recent.setAll(settings.recentPlans());
    }

    /** Opens what was asked (a plan file or the sample), else the most recent plan, else nothing: the welcome screen shows. */
    public CompletableFuture<Void> openAtStart(StartRequest request) {
        if (request.sample()) {
            return openSample();
        }
        Optional<Path> plan = request.plan().or(() -> settings.recentPlans().stream().findFirst());
        return plan.map(this::open).orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    /** Opens an existing plan file in place of the current one. */
    public CompletableFuture<Void> open(Path file) {
        if (session.get() != null && sameFile(session.get().db().file(), file)) {
            return CompletableFuture.completedFuture(null);
        }
        return switchTo(Messages.get("task.open", file.getFileName()), ctx -> files.open(file), true);
    }

    private static boolean sameFile(Path open, Path asked) {
        try {
            return java.nio.file.Files.isSameFile(open, asked); // the open plan's path is its real path
        } catch (java.io.IOException e) {
            return open.equals(asked.toAbsolutePath().normalize());
        }
    }

    /** Creates a new plan with the wizard's profile and opens it. */
    public CompletableFuture<Void> create(Path file, PlanProfile profile) {
        return switchTo(Messages.get("task.create", file.getFileName()), ctx -> {
            files.deleteIfUnused(file);
            return files.create(file, profile);
        }, true);
    }

    /** Opens a fresh copy of the sample plan; it is not added to the recent plans. */
    public CompletableFuture<Void> openSample() {
        return switchTo(Messages.get("task.sample"),
                ctx -> SamplePlan.open(SampleCopies.freshPath(folder.samples()), files), false);
    }

    /** Writes a consistent copy of the open plan to {@code target}; the open plan stays open. */
    public CompletableFuture<Void> saveCopy(Path target, Consumer<Path> onDone) {
        PlanSession current = session.get();
        return ui.then(tasks.run(Messages.get("task.copy"), ctx -> {
            files.deleteIfUnused(target);
            return current.db().copyTo(target).join();
        }), copy -> {
            say(() -> Messages.get("status.copied", copy));
            onDone.accept(copy);
        });
    }

    /** Saves a dated, verified backup of the open plan in the data folder. */
    public CompletableFuture<Void> backup(Consumer<Path> onDone) {
        PlanSession current = session.get();
        return ui.then(tasks.run(Messages.get("task.copy"), ctx -> backups.backup(current.db())), copy -> {
            say(() -> Messages.get("status.copied", copy));
            onDone.accept(copy);
        });
    }

    /** The backups of the data folder (listing, summaries, restore). */
    public BackupService backups() {
        return backups;
    }

    /** The list of backups for the restore dialog, the open plan's first. */
    public RestoreViewModel restoreList() {
        PlanSession current = session.get();
        return new RestoreViewModel(backups, current == null ? null : current.db().file(),
                java.util.concurrent.ForkJoinPool.commonPool(), ui);
    }

    /** Restores a backup as the new plan file {@code target} (never over the open plan or another file). */
    public CompletableFuture<Void> restoreBackup(Path backup, Path target, Consumer<Path> onDone) {
        PlanSession current = session.get();
        Path open = current == null ? null : current.db().file();
        return ui.then(tasks.run(Messages.get("task.restore"), ctx -> backups.restore(backup, target, open)), onDone);
    }

    /** The automatic backups of the plans opened in this window (not of the sample). */
    public AutoBackups autoBackups() {
        return autoBackups;
    }

    /**
     * Bestand > Plan controleren: checks every page of the open plan as a background job with progress
     * and cancel; {@code onDone} gets what is wrong (nothing when the plan is in order).
     */
    public CompletableFuture<Void> checkPlan(Consumer<List<String>> onDone) {
        PlanSession current = session.get();
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return ui.then(tasks.run(Messages.get("task.check", current.db().file().getFileName()),
                ctx -> current.db().checkIntegrity(ctx::isCancelled,
                        share -> ctx.progress(Math.round(share * 1_000), 1_000)).join()), onDone);
    }

    /** Where backups are kept, for the advice after a failed check. */
    public Path backupFolder() {
        return folder.backups();
    }

    /** Closes the open plan. */
    public CompletableFuture<Void> closePlan() {
        return retireCurrent(v -> say(() -> Messages.get("status.closed")));
    }

    /** Shows a message in the status bar, e.g. the result of an import. */
    public void showStatus(String message) {
        say(() -> message);
    }

    /** Shows the status message again in the language just chosen (its text is made from the bundle again). */
    public void retranslate() {
        status.set(statusText.get());
    }

    private void say(java.util.function.Supplier<String> text) {
        statusText = text;
        status.set(text.get());
    }

    /**
     * Closes the plan at exit on a background job (the status bar shows it; queued and running saves
     * finish first), and closes any plan whose open is still under way when it arrives. Never blocks.
     */
    public CompletableFuture<Void> shutdown() {
        shuttingDown = true;
        return retireCurrent(v -> { });
    }

    /**
     * Opens on a background job; the window's plan changes only on the FX thread, when the new session
     * is in place: that is where the old plan is closed. A job cancelled during the open closes what it
     * opened; one cancelled just after is closed by the task runner (a {@link PlanSession} is closeable).
     */
    private CompletableFuture<Void> switchTo(String taskTitle, BackgroundJob<PlanDatabase> opener, boolean remember) {
        CompletableFuture<PlanSession> opened = tasks.run(taskTitle, ctx -> {
            PlanDatabase db = opener.run(ctx);
            PlanSession next;
            try {
                next = new PlanSession(db, loadProfile(db));
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            if (ctx.isCancelled()) {
                next.close();
                throw new CancellationException();
            }
            return next;
        });
        return ui.then(opened, next -> {
            if (shuttingDown) {
                retire(next, v -> { });
                return;
            }
            PlanSession old = session.get();
            session.set(next);
            if (old != null) {
                retire(old, v -> { });
            }
            next.db().addWriteListener(() -> ui.executor().execute(() -> onSaved(next)));
            if (!next.isSample()) {
                autoBackups.watch(next.db());
            }
            if (remember) {
                settings.addRecentPlan(next.db().file());
                recent.setAll(settings.recentPlans());
            }
            chapter.set(Chapter.OVERZICHT);
            updateTitle(next);
            say(() -> next.isSample() ? Messages.get("status.sampleOpened")
                    : Messages.get("status.opened", next.db().file().getFileName()));
        });
    }

    /** Takes the open plan off the window and closes it in the background. */
    private CompletableFuture<Void> retireCurrent(Consumer<Void> then) {
        PlanSession old = session.get();
        session.set(null);
        title.set(Messages.get("app.name"));
        return old == null ? CompletableFuture.completedFuture(null) : retire(old, then);
    }

    /** Closes a session no view shows any more; its queued saves are finished first. */
    private CompletableFuture<Void> retire(PlanSession old, Consumer<Void> then) {
        return ui.then(tasks.run(Messages.get("task.close"), ctx -> {
            old.close();
            return null;
        }), then);
    }

    private static PlanProfile loadProfile(PlanDatabase db) {
        return new ProfileService(db).load().join();
    }

    private void onSaved(PlanSession saved) {
        if (session.get() == saved) {
            String time = LocalTime.now().format(TIME);
            say(() -> Messages.get("status.saved", time));
            updateTitle(saved);
        }
    }

    private void updateTitle(PlanSession s) {
        ui.then(s.profiles().load(), p -> {
            if (session.get() == s) {
                String sample = s.isSample() ? " " + Messages.get("app.title.sample") : "";
                title.set(p.planName() + sample + " — " + s.db().file().getFileName() + " — "
                        + Messages.get("app.name"));
            }
        });
    }

    public ReadOnlyObjectProperty<PlanSession> sessionProperty() { return session.getReadOnlyProperty(); }
    public ObjectProperty<Chapter> chapterProperty() { return chapter; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ObservableList<Path> recentPlans() { return recent; }
    public List<Chapter> chapters() { return List.of(Chapter.values()); }
    public AppSettings settings() { return settings; }
}
