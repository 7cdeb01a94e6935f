package nl.mviwerkboek.monitoring;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** The chapter's shared state: the last picture read or written, which every tab's view-model shows. */
public final class MonitoringViewModel {

    private final MonitoringService service;
    private final UiCallbacks ui;
    private final ObjectProperty<MonitoringPicture> picture = new SimpleObjectProperty<>(MonitoringPicture.empty());

    /** The state of the plan behind {@code service}. */
    public MonitoringViewModel(MonitoringService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
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
