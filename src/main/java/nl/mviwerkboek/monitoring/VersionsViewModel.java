package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the yearly versions tab: the versions, taking one, and comparing two (or one with the plan as it is now). */
public final class VersionsViewModel {

    /** A side of a comparison: a version, or the plan as it is now (id null). */
    public record Side(Long versionId, String label) {
    }

    private final MonitoringViewModel monitoring;
    private final Supplier<LocalDate> today;
    private final ObservableList<PlanVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PlanVersion> selected = new SimpleObjectProperty<>();
    private final ObservableList<Side> sides = FXCollections.observableArrayList();
    private final ObjectProperty<Side> from = new SimpleObjectProperty<>();
    private final ObjectProperty<Side> to = new SimpleObjectProperty<>();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty comparedText = new SimpleStringProperty("");
    private final BooleanBinding canCompare;

    /** The tab's state over the chapter's shared state; versions are dated {@code today}. */
    public VersionsViewModel(MonitoringViewModel monitoring, Supplier<LocalDate> today) {
        this.monitoring = monitoring;
        this.today = today;
        canCompare = from.isNotNull().and(to.isNotNull()).and(busy.not());
        monitoring.pictureProperty().addListener((o, old, now) -> show(now));
        show(monitoring.pictureProperty().get());
    }

    private void show(MonitoringPicture p) {
        ObservableLists.updateKeepingSelection(versions, p.versions(), selected, PlanVersion::id);
        List<Side> list = new ArrayList<>();
        p.versions().forEach(v -> list.add(new Side(v.id(), Messages.get("version.side", v.label()))));
        list.add(new Side(null, Messages.get("version.now")));
        Side oldFrom = from.get();
        Side oldTo = to.get();
        sides.setAll(list);
        from.set(list.contains(oldFrom) ? oldFrom : list.size() > 1 ? list.get(list.size() - 2) : null);
        to.set(list.contains(oldTo) ? oldTo : list.get(list.size() - 1));
    }

    /** A form for a new version, labelled with this year unless that is taken. */
    public VersionFormViewModel newForm() {
        return new VersionFormViewModel(String.valueOf(today.get().getYear()),
                versions.stream().map(PlanVersion::label).toList());
    }

    /** Keeps a copy of the plan as it is now. */
    public CompletableFuture<Void> take(VersionFormViewModel.Result r) {
        return whileBusy(monitoring.apply(monitoring.asTask("task.version.take",
                () -> monitoring.service().takeVersion(r.label(), r.note()))));
    }

    /** Removes a version (the view asks first). */
    public CompletableFuture<Void> delete(PlanVersion v) {
        return monitoring.apply(monitoring.service().deleteVersion(v));
    }

    /** Compares the two chosen sides and shows the differences. */
    public CompletableFuture<Void> compare() {
        Side a = from.get();
        Side b = to.get();
        return whileBusy(monitoring.ui().then(monitoring.asTask("task.version.compare",
                () -> monitoring.service().compare(a.versionId(), b.versionId())), list -> {
            differences.setAll(list);
            comparedText.set(list.isEmpty() ? Messages.get("version.compare.same", a.label(), b.label())
                    : Messages.get("version.compare.result", list.size(), a.label(), b.label()));
        }));
    }

    /** Marks the tab busy (buttons off, spinner on) until {@code work} ends, however it ends. */
    private CompletableFuture<Void> whileBusy(CompletableFuture<Void> work) {
        busy.set(true);
        return work.whenComplete((x, e) -> monitoring.ui().executor().execute(() -> busy.set(false)));
    }

    public ObservableList<PlanVersion> versions() { return versions; }
    public ObjectProperty<PlanVersion> selectedProperty() { return selected; }
    public ObservableList<Side> sides() { return sides; }
    public ObjectProperty<Side> fromProperty() { return from; }
    public ObjectProperty<Side> toProperty() { return to; }
    public ObservableList<Difference> differences() { return differences; }
    /** Whether a version is being taken or compared. */
    public BooleanProperty busyProperty() { return busy; }
    /** "5 verschillen tussen versie 2026 en het huidige plan". */
    public StringProperty comparedText() { return comparedText; }
    public BooleanBinding canCompare() { return canCompare; }
}
