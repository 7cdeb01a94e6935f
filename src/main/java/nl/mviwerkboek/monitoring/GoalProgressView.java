package nl.mviwerkboek.monitoring;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.mviwerkboek.focus.GoalsViewModel;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableActions;

/** The goal progress tab: goals with baseline, target, latest value and trend, and the chart of the selected goal. */
final class GoalProgressView extends VBox {

    private final GoalProgressViewModel vm;
    private final XYChart.Series<Number, Number> measured = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> line = new XYChart.Series<>();

    GoalProgressView(GoalProgressViewModel vm) {
        super(10);
        this.vm = vm;
        setId("goal-progress-view");
        Label summary = new Label();
        summary.setId("trend-summary");
        summary.getStyleClass().add("next-step");
        summary.textProperty().bind(vm.summary());
        TableView<GoalStatus> table = Controls.table("trend-table", vm.goals(), 260, "trend.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.trend.table");
        table.getColumns().add(Controls.wrappingColumn("goal.field.statement", s -> s.goal().statement(), 300));
        table.getColumns().add(Controls.wrappingColumn("goal.field.baseline", s -> GoalsViewModel.valueText(
                s.goal().baselineValue(), s.goal().baselineYear(), s.goal().unit()), 120));
        table.getColumns().add(Controls.wrappingColumn("goal.field.target", s -> GoalsViewModel.valueText(
                s.goal().targetValue(), s.goal().targetYear(), s.goal().unit()), 120));
        table.getColumns().add(Controls.wrappingColumn("trend.field.latest", vm::latestText, 150));
        table.getColumns().add(Controls.wrappingColumn("trend.field.expected",
                s -> GoalProgressViewModel.value(s, s.expected()), 110));
        table.getColumns().add(trendColumn());
        TableActions.wire(table, vm.selectedProperty(), null, null);
        measured.setName(Messages.get("trend.chart.measured"));
        line.setName(Messages.get("trend.chart.line"));
        vm.measured().addListener((ListChangeListener<GoalProgressViewModel.Point>) c -> fill(measured, vm.measured()));
        vm.line().addListener((ListChangeListener<GoalProgressViewModel.Point>) c -> fill(line, vm.line()));
        fill(measured, vm.measured());
        fill(line, vm.line());
        Label effects = new Label();
        effects.setId("trend-effects");
        effects.setWrapText(true);
        effects.textProperty().bind(vm.selectedEffects());
        getChildren().addAll(Controls.hint("trend.intro"), summary, table, effects, chart());
    }

    private static TableColumn<GoalStatus, String> trendColumn() {
        TableColumn<GoalStatus, String> c = Controls.column("trend.field.trend", s -> s.trend().label(), 130);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("trend-good", "trend-bad");
                GoalStatus s = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (s != null && (s.trend() == GoalTrend.REACHED || s.trend() == GoalTrend.ON_TRACK)) {
                    getStyleClass().add("trend-good");
                } else if (s != null && s.trend() == GoalTrend.BEHIND) {
                    getStyleClass().add("trend-bad");
                }
            }
        });
        return c;
    }

    private LineChart<Number, Number> chart() {
        NumberAxis years = new NumberAxis();
        years.setForceZeroInRange(false);
        years.setAutoRanging(false);
        years.setTickUnit(1);
        years.lowerBoundProperty().bind(vm.firstYearProperty());
        years.upperBoundProperty().bind(vm.lastYearProperty());
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        years.setLabel(Messages.get("trend.chart.time"));
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Formats.measure(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Formats.parseNumber(s).orElse(0.0);
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(years, values);
        chart.setId("trend-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.getData().addAll(List.of(measured, line));
        chart.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? "" : vm.selectedProperty().get().goal().statement(), vm.selectedProperty()));
        return chart;
    }

    private static void fill(XYChart.Series<Number, Number> series, List<GoalProgressViewModel.Point> points) {
        series.getData().setAll(points.stream().map(p -> new XYChart.Data<Number, Number>(p.year(), p.value())).toList());
    }
}
