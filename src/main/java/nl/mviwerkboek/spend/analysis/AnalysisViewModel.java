package nl.mviwerkboek.spend.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.DutchOrder;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * The state every spend analysis tab shares: the filter (year, import, product group, cost centre),
 * the picture for it, the classified share, and the classification run after each change.
 */
public final class AnalysisViewModel {

    private final AnalysisService analysis;
    private final GroupsService groups;
    private final UiCallbacks ui;
    private final TaskRunner tasks;
    private final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> importChoice = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> costCentre = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> imports = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> groupChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> costCentres = FXCollections.observableArrayList();
    private final ObservableList<ProductGroup> activeGroups = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SpendPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper shareText = new ReadOnlyStringWrapper("");
    private final BooleanProperty needsClassification = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty shareValue = new javafx.beans.property.SimpleDoubleProperty();
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private final IntegerProperty reloads = new SimpleIntegerProperty();
    private boolean loadingChoices;
    private boolean dataChanged;

    /** The shared state of the spend analysis of one plan. */
    public AnalysisViewModel(AnalysisService analysis, GroupsService groups, UiCallbacks ui, TaskRunner tasks) {
        this.analysis = analysis;
        this.groups = groups;
        this.ui = ui;
        this.tasks = tasks;
        for (ObjectProperty<?> p : List.of(year, importChoice, group, costCentre)) {
            p.addListener((o, old, now) -> {
                if (!loadingChoices) {
                    loadPicture();
                }
            });
        }
    }

    /** Loads the filter choices and the picture; classifies first when lines wait for it. */
    public CompletableFuture<Void> load(List<Choice<Long>> importChoices) {
        return ui.then(groups.needsClassification(), needed -> {
            if (needed) {
                reclassify();
            } else {
                reloadAll(importChoices);
            }
        });
    }

    private void reloadAll(List<Choice<Long>> importChoices) {
        ui.then(analysis.choices(), loaded -> {
            setChoices(loaded, importChoices);
            dataChanged = true;
            loadPicture();
        });
    }

    private void setChoices(AnalysisService.FilterChoices loaded, List<Choice<Long>> importChoices) {
        List<ProductGroup> all = loaded.groups();
        loadingChoices = true;
        try {
            List<Choice<Integer>> y = new ArrayList<>(List.of(new Choice<>(null, Messages.get("filter.allYears"))));
            loaded.years().forEach(v -> y.add(new Choice<>(v, String.valueOf(v))));
            years.setAll(y);
            year.set(keep(year.get(), years));
            List<Choice<String>> cc = new ArrayList<>(List.of(new Choice<>(null, Messages.get("filter.allCostCentres"))));
            loaded.costCentres().forEach(v -> cc.add(new Choice<>(v, v)));
            costCentres.setAll(cc);
            costCentre.set(keep(costCentre.get(), costCentres));
            List<Choice<Long>> g = new ArrayList<>(List.of(new Choice<>(null, Messages.get("filter.allGroups")),
                    new Choice<>(AnalysisFilter.UNCLASSIFIED, Messages.get("groups.unclassified"))));
            all.stream().filter(x -> !x.archived()).sorted(DutchOrder.by(ProductGroup::name))
                    .forEach(x -> g.add(new Choice<>(x.id(), x.name())));
            activeGroups.setAll(all.stream().filter(x -> !x.archived()).toList());
            groupChoices.setAll(g);
            group.set(keep(group.get(), groupChoices));
            if (importChoices != null) {
                List<Choice<Long>> i = new ArrayList<>(List.of(new Choice<>(null, Messages.get("filter.allImports"))));
                i.addAll(importChoices);
                imports.setAll(i);
            }
            importChoice.set(keep(importChoice.get(), imports));
        } finally {
            loadingChoices = false;
        }
    }

    private static <T> Choice<T> keep(Choice<T> current, List<Choice<T>> options) {
        if (current != null) {
            for (Choice<T> o : options) {
                if (java.util.Objects.equals(o.value(), current.value())) {
                    return o;
                }
            }
        }
        return options.isEmpty() ? null : options.get(0);
    }

    /** The filter as chosen now. */
    public AnalysisFilter filter() {
        return new AnalysisFilter(value(year), value(importChoice), value(group), value(costCentre));
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    private void loadPicture() {
        ui.then(analysis.picture(filter()), p -> {
            needsClassification.set(p.needsClassification());
            picture.set(p);
            shareValue.set(p.share().byAmount());
            shareText.set(p.share().totalLines() == 0 ? Messages.get("analysis.share.none")
                    : Messages.get("analysis.share", Formats.percent(p.share().byAmount()),
                    Formats.percent(p.share().byLines())));
            changes.set(changes.get() + 1);
            if (dataChanged) {
                dataChanged = false;
                reloads.set(reloads.get() + 1);
            }
        });
    }

    /** Runs classification as a background job, then shows the new state (also after a cancel). */
    public void reclassify() {
        CompletableFuture<?> job = tasks.run(Messages.get("task.classify"), groups.reclassifyJob());
        ui.then(job, done -> { });
        job.whenComplete((r, e) -> reloadAll(null));
    }

    /** After a saved change to rules, assignments or merges: classify again and refresh. */
    public CompletableFuture<Void> afterChange(CompletableFuture<?> change) {
        return ui.then(change, done -> reclassify());
    }

    /** Reads everything again (after an import, a delete or a change that needs no classification). */
    public void refresh(List<Choice<Long>> importChoices) {
        reloadAll(importChoices);
    }

    public GroupsService groups() { return groups; }
    public AnalysisService analysis() { return analysis; }
    public UiCallbacks ui() { return ui; }
    public ObjectProperty<Choice<Integer>> yearProperty() { return year; }
    public ObjectProperty<Choice<Long>> importProperty() { return importChoice; }
    public ObjectProperty<Choice<Long>> groupProperty() { return group; }
    public ObjectProperty<Choice<String>> costCentreProperty() { return costCentre; }
    public ObservableList<Choice<Integer>> years() { return years; }
    public ObservableList<Choice<Long>> imports() { return imports; }
    public ObservableList<Choice<Long>> groupChoices() { return groupChoices; }
    public ObservableList<Choice<String>> costCentres() { return costCentres; }
    public ObservableList<ProductGroup> activeGroups() { return activeGroups; }
    public ReadOnlyObjectProperty<SpendPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    public ReadOnlyStringProperty shareTextProperty() { return shareText.getReadOnlyProperty(); }
    public BooleanProperty needsClassificationProperty() { return needsClassification; }
    /** Counts every new picture (also after a filter change). */
    public IntegerProperty changesProperty() { return changes; }
    /** Counts pictures after the data changed (import, classification, edits), not after filter changes. */
    public IntegerProperty reloadsProperty() { return reloads; }
    public javafx.beans.property.DoubleProperty shareValueProperty() { return shareValue; }
}
