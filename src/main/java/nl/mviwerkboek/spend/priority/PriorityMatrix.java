package nl.mviwerkboek.spend.priority;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * The priority matrix: spend across, indicative impact up, one circle per product group coloured by
 * priority and sized (in pixels, so it stays round) by the value of its contracts ending in the period.
 * High-priority and focus groups carry their name; every circle has a tooltip with the figures.
 */
final class PriorityMatrix extends ScatterChart<Number, Number> {

    private static final double MIN_RADIUS = 6;
    private static final double MAX_EXTRA = 24;

    PriorityMatrix(ObservableList<GroupPriority> ranked) {
        super(new NumberAxis(), new NumberAxis(0, 3.2, 0.5));
        getXAxis().setLabel(Messages.get("priority.matrix.x"));
        getYAxis().setLabel(Messages.get("priority.matrix.y"));
        setId("priority-matrix");
        setAnimated(false);
        setLegendVisible(false);
        setPrefSize(760, 420);
        ranked.addListener((ListChangeListener<GroupPriority>) c -> fill(ranked));
    }

    private void fill(ObservableList<GroupPriority> ranked) {
        double maxEnding = ranked.stream().mapToLong(GroupPriority::endingContractsCents).max().orElse(0);
        double maxSpend = ranked.stream().mapToLong(GroupPriority::spendCents).max().orElse(0) / 1e8;
        double step = Math.max(1, Math.ceil(maxSpend / 8));
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setTickUnit(step);
        x.setUpperBound(Math.ceil(maxSpend * 1.15 / step) * step);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (GroupPriority g : ranked) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(g.spendCents() / 1e8, g.impact());
            point.setNode(node(g, maxEnding));
            series.getData().add(point);
        }
        getData().setAll(java.util.List.of(series));
    }

    private static StackPane node(GroupPriority g, double maxEnding) {
        double r = MIN_RADIUS + (maxEnding <= 0 ? 0 : MAX_EXTRA * Math.sqrt(g.endingContractsCents() / maxEnding));
        Circle circle = new Circle(r, PriorityColours.fill(g.priority()));
        circle.setOpacity(0.8);
        StackPane node = new StackPane(circle);
        node.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
        if (g.priority() == Priority.HIGH || g.group().focus()) {
            Label name = new Label(g.group().name());
            name.setFont(Font.font("System", FontWeight.BOLD, 11));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            node.getChildren().add(name);
        }
        Tooltip.install(node, new Tooltip(Messages.get("priority.matrix.tooltip", g.group().name(),
                Formats.amountRounded(g.spendCents()), Formats.decimal(Math.round(g.impact() * 10) / 10.0),
                g.priority().label(), Formats.amountRounded(g.endingContractsCents()))));
        return node;
    }
}
