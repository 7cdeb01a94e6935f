package nl.mviwerkboek.focus;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** The chapter's shared state: the last picture read or written, which both tabs' view-models show. */
public final class FocusViewModel {

    private final FocusService service;
    private final UiCallbacks ui;
    private final ObjectProperty<FocusPicture> picture = new SimpleObjectProperty<>(FocusPicture.empty());

    /** The state of the plan behind {@code service}. */
    public FocusViewModel(FocusService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Reads the picture. */
    public CompletableFuture<Void> load() {
        return apply(service.picture());
    }

    /** Shows the picture a change returns, once it is saved. */
    CompletableFuture<Void> apply(CompletableFuture<FocusPicture> change) {
        return ui.then(change, picture::set);
    }

    FocusService service() {
        return service;
    }

    /** The last picture. */
    public ReadOnlyObjectProperty<FocusPicture> pictureProperty() {
        return picture;
    }
}
