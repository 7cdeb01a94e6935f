package nl.mviwerkboek.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.focus.GoalsViewModel;
import nl.mviwerkboek.focus.ProgressEntry;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.actions.tender.EffectKind;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.ObservableLists;

/** State of the goal progress tab: every goal with its trend, and for the selected goal the points of its chart. */
public final class GoalProgressViewModel {

    /** A point of the chart: time as a year with fraction (end of 2025 is 2026.0) and a value. */
    public record Point(double year, double value) {
    }

    private final MonitoringViewModel monitoring;
    private final ObservableList<GoalStatus> goals = FXCollections.observableArrayList();
    private final ObjectProperty<GoalStatus> selected = new SimpleObjectProperty<>();
    private final ObservableList<Point> measured = FXCollections.observableArrayList();
    private final ObservableList<Point> line = FXCollections.observableArrayList();
    private final StringBinding summary;
    private final StringBinding selectedEffects;
    private final javafx.beans.property.IntegerProperty firstYear = new javafx.beans.property.SimpleIntegerProperty();
    private final javafx.beans.property.IntegerProperty lastYear = new javafx.beans.property.SimpleIntegerProperty();

    /** The tab's state over the chapter's shared state. */
    public GoalProgressViewModel(MonitoringViewModel monitoring) {
        this.monitoring = monitoring;
        monitoring.pictureProperty().addListener((o, old, now) -> show(now));
        selected.addListener((o, old, now) -> showChart());
        selectedEffects = Bindings.createStringBinding(() -> {
            GoalStatus s = selected.get();
            MonitoringPicture p = monitoring.pictureProperty().get();
            String expected = s == null ? "" : p.effectsOf(s.goal().id(), EffectKind.VERWACHT);
            String achieved = s == null ? "" : p.effectsOf(s.goal().id(), EffectKind.GEREALISEERD);
            return expected.isEmpty() && achieved.isEmpty() ? Messages.get("trend.effects.none")
                    : Messages.get("trend.effects", expected.isEmpty() ? "—" : expected, achieved.isEmpty() ? "—" : achieved);
        }, selected, monitoring.pictureProperty());
        summary = Bindings.createStringBinding(() -> Messages.get("trend.summary",
                count(GoalTrend.REACHED) + count(GoalTrend.ON_TRACK), count(GoalTrend.BEHIND),
                count(GoalTrend.NO_MEASUREMENT) + count(GoalTrend.NOT_MEASURABLE)), goals);
        show(monitoring.pictureProperty().get());
    }

    private long count(GoalTrend t) {
        return goals.stream().filter(g -> g.trend() == t).count();
    }

    private void show(MonitoringPicture p) {
        if (!ObservableLists.updateKeepingSelection(goals, p.goals(), selected, g -> g.goal().id()) && !goals.isEmpty()) {
            selected.set(goals.get(0));
        }
        showChart();
    }

    private void showChart() {
        GoalStatus s = selected.get();
        List<Point> points = new ArrayList<>();
        List<Point> straight = new ArrayList<>();
        if (s != null && s.goal().baselineValue() != null && s.goal().baselineYear() != null) {
            Point base = new Point(s.goal().baselineYear() + 1, s.goal().baselineValue());
            points.add(base);
            straight.add(base);
            if (s.goal().targetValue() != null && s.goal().targetYear() != null) {
                straight.add(new Point(s.goal().targetYear() + 1, s.goal().targetValue()));
            }
        }
        if (s != null) {
            for (ProgressEntry e : monitoring.pictureProperty().get().actions().focus().progressOf(s.goal().id())) {
                points.add(new Point(yearOf(e.date()), e.value()));
            }
        }
        List<Point> all = new ArrayList<>(points);
        all.addAll(straight);
        firstYear.set((int) Math.floor(all.stream().mapToDouble(Point::year).min().orElse(0)));
        lastYear.set((int) Math.ceil(all.stream().mapToDouble(Point::year).max().orElse(1)));
        measured.setAll(points);
        line.setAll(straight);
    }

    /** A day as a year with fraction. */
    static double yearOf(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    /** "12 % (2025)" for a goal's value, or empty. */
    public static String value(GoalStatus s, Double v) {
        return v == null ? "" : GoalsViewModel.valueText(v, null, s.goal().unit());
    }

    /** The latest measurement with its date, or empty. */
    public String latestText(GoalStatus s) {
        List<ProgressEntry> entries = monitoring.pictureProperty().get().actions().focus().progressOf(s.goal().id());
        return entries.isEmpty() ? "" : Messages.get("trend.latest", value(s, s.latest()),
                Formats.date(entries.get(entries.size() - 1).date()));
    }

    /** The effects of tenders and contracts counted towards the selected goal, expected and achieved, in words. */
    public StringBinding selectedEffects() {
        return selectedEffects;
    }

    public ObservableList<GoalStatus> goals() { return goals; }
    public ObjectProperty<GoalStatus> selectedProperty() { return selected; }
    /** The baseline and the measurements of the selected goal. */
    public ObservableList<Point> measured() { return measured; }
    /** The straight line from baseline to target of the selected goal. */
    public ObservableList<Point> line() { return line; }
    /** The first whole year on the chart's time axis. */
    public javafx.beans.property.IntegerProperty firstYearProperty() { return firstYear; }
    /** The last whole year on the chart's time axis. */
    public javafx.beans.property.IntegerProperty lastYearProperty() { return lastYear; }
    /** "4 doelen op koers of gehaald, 1 achter, 2 nog zonder meting". */
    public StringBinding summary() { return summary; }
}
