package nl.mviwerkboek.monitoring;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** The chapter's shared state: the last picture read or written, which every tab's view-model shows. */
public final class MonitoringViewModel {

    private final MonitoringService service;
    private final UiCallbacks ui;
    private final TaskRunner tasks;
    private final ObjectProperty<MonitoringPicture> picture = new SimpleObjectProperty<>(MonitoringPicture.empty());

    /** The state of the plan behind {@code service}; longer work (versions) shows in the status bar through {@code tasks}. */
    public MonitoringViewModel(MonitoringService service, UiCallbacks ui, TaskRunner tasks) {
        this.service = service;
        this.ui = ui;
        this.tasks = tasks;
    }

    /** Runs database work that may take a few seconds as a task in the status bar, waiting for it off the FX thread. */
    <T> CompletableFuture<T> asTask(String titleKey, java.util.function.Supplier<CompletableFuture<T>> work) {
        return tasks.run(Messages.get(titleKey), ctx -> {
            ctx.message(Messages.get(titleKey));
            return work.get().join();
        });
    }

    /** Reads the picture. */
    public CompletableFuture<Void> load() {
        return apply(service.picture());
    }

    /** Shows the picture a change returns, once it is saved. */
    CompletableFuture<Void> apply(CompletableFuture<MonitoringPicture> change) {
        return ui.then(change, picture::set);
    }

    MonitoringService service() {
        return service;
    }

    UiCallbacks ui() {
        return ui;
    }

    /** The last picture. */
    public ReadOnlyObjectProperty<MonitoringPicture> pictureProperty() {
        return picture;
    }
}
