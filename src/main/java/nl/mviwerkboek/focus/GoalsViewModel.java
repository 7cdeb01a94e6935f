package nl.mviwerkboek.focus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the goals tab: goals by focus theme, the selected goal and its progress entries, and their changes. */
public final class GoalsViewModel {

    private final FocusViewModel focus;
    private final Supplier<LocalDate> today;
    private final ObservableList<Goal> all = FXCollections.observableArrayList();
    private final FilteredList<Goal> shown = new FilteredList<>(all);
    private final ObservableList<Theme> focusThemes = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> themeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Goal> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProgressEntry> progress = FXCollections.observableArrayList();
    private final ObjectProperty<ProgressEntry> selectedProgress = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanBinding noFocus = Bindings.isEmpty(focusThemes);
    private final StringBinding measurableText = Bindings.createStringBinding(() -> Messages.get("goal.measurableCount",
            GoalQuality.countMeasurable(all), all.size()), all);

    /** The tab's state over the chapter's shared state; new entries are dated {@code today}. */
    public GoalsViewModel(FocusViewModel focus, Supplier<LocalDate> today) {
        this.focus = focus;
        this.today = today;
        focus.pictureProperty().addListener((o, old, now) -> show(now));
        themeFilter.addListener((o, old, now) -> shown.setPredicate(now == null ? null : g -> g.themeId() == now.id()));
        selected.addListener((o, old, now) -> showProgress());
        show(focus.pictureProperty().get());
    }

    private void show(FocusPicture p) {
        ObservableLists.update(focusThemes, p.chosen().stream().map(FocusTheme::theme).toList());
        ObservableLists.updateKeepingSelection(all, p.goals(), selected, Goal::id);
        showProgress();
    }

    private void showProgress() {
        Goal g = selected.get();
        ObservableLists.update(progress, g == null ? List.of() : focus.pictureProperty().get().progressOf(g.id()));
    }

    /** A form for a new goal under the filtered theme, or the first focus theme. */
    public GoalFormViewModel newForm() {
        Theme theme = themeFilter.get() != null ? themeFilter.get() : focusThemes.isEmpty() ? null : focusThemes.get(0);
        return form(GoalFormViewModel.blank(theme == null ? -1 : theme.id()));
    }

    /** A form for the selected goal. */
    public GoalFormViewModel editForm() {
        return form(selected.get());
    }

    private GoalFormViewModel form(Goal g) {
        List<Theme> themes = new ArrayList<>(focusThemes);
        focus.pictureProperty().get().themes().stream().map(FocusTheme::theme)
                .filter(t -> t.id() == g.themeId() && !themes.contains(t)).forEach(themes::add);
        return new GoalFormViewModel(g, themes, focus.pictureProperty().get().stakeholders());
    }

    /** A form for a progress entry of the selected goal. */
    public ProgressFormViewModel progressForm() {
        return new ProgressFormViewModel(selected.get(), today.get());
    }

    /** Adds a goal and selects it. */
    public CompletableFuture<Void> add(Goal g) {
        return focus.apply(focus.service().addGoal(g)).thenRun(() -> selected.set(all.stream()
                .max(java.util.Comparator.comparingLong(Goal::id)).orElse(null)));
    }

    /** Saves changes to a goal. */
    public CompletableFuture<Void> update(Goal g) {
        return focus.apply(focus.service().updateGoal(g));
    }

    /** Removes a goal with its progress (the view asks first). */
    public CompletableFuture<Void> delete(Goal g) {
        return focus.apply(focus.service().deleteGoal(g));
    }

    /** Adds a progress entry. */
    public CompletableFuture<Void> addProgress(ProgressEntry e) {
        return focus.apply(focus.service().addProgress(e));
    }

    /** Removes a progress entry. */
    public CompletableFuture<Void> deleteProgress(ProgressEntry e) {
        return focus.apply(focus.service().deleteProgress(e));
    }

    /** The name of a goal's theme. */
    public String themeName(Goal g) {
        return focus.pictureProperty().get().themeName(g.themeId());
    }

    /** The name of a goal's owner, or empty. */
    public String ownerName(Goal g) {
        return focus.pictureProperty().get().ownerName(g.ownerId());
    }

    /** "12 % (2025)", or empty when there is no value. */
    public static String valueText(Double value, Integer year, String unit) {
        if (value == null) {
            return "";
        }
        String v = Formats.measure(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
        return year == null ? v : Messages.get("goal.valueInYear", v, String.valueOf(year));
    }

    public ObservableList<Goal> goals() { return shown; }
    public ObservableList<Goal> allGoals() { return all; }
    public ObservableList<Theme> focusThemes() { return focusThemes; }
    public ObjectProperty<Theme> themeFilterProperty() { return themeFilter; }
    public ObjectProperty<Goal> selectedProperty() { return selected; }
    public ObservableList<ProgressEntry> progress() { return progress; }
    public ObjectProperty<ProgressEntry> selectedProgressProperty() { return selectedProgress; }
    public BooleanBinding hasSelection() { return hasSelection; }
    /** Whether no focus theme is chosen yet (goals need one). */
    public BooleanBinding noFocus() { return noFocus; }
    /** "5 van 8 doelen meetbaar". */
    public StringBinding measurableText() { return measurableText; }
}
