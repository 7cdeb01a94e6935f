package nl.mviwerkboek.inventory;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;

/** The self-assessment tab: per theme the step now and the target, a note, the steps explained, and a chart. */
final class MaturityView extends VBox {

    private final MaturityViewModel vm;
    private final GridPane grid = new GridPane();
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(0, 5, 1), new CategoryAxis());

    MaturityView(MaturityViewModel vm) {
        super(12);
        this.vm = vm;
        setId("maturity-view");
        grid.setId("maturity-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(180, 240, 320), new ColumnConstraints(165),
                new ColumnConstraints(190), grow());
        Label progress = new Label();
        progress.setId("maturity-progress");
        progress.textProperty().bind(vm.progressText());
        chart.setId("maturity-chart");
        chart.setTitle(Messages.get("maturity.chart.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        chart.getXAxis().setLabel(Messages.get("maturity.chart.axis"));
        ((NumberAxis) chart.getXAxis()).setMinorTickVisible(false);
        vm.rows().addListener((ListChangeListener<MaturityViewModel.Row>) c -> buildGrid());
        vm.scores().addListener((ListChangeListener<MaturityScore>) c -> drawChart());
        getChildren().addAll(Controls.hint("maturity.intro"), legend(), progress, grid, chart);
        buildGrid();
        drawChart();
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(160, 260, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private HBox legend() {
        HBox legend = new HBox(10);
        legend.setId("maturity-legend");
        for (MaturityStep step : MaturityStep.values()) {
            Label name = new Label(step.label());
            name.getStyleClass().add("step-legend-number");
            Label text = new Label(Messages.get(step.explanationKey()));
            text.setWrapText(true);
            VBox card = new VBox(2, name, text);
            card.getStyleClass().add("step-legend");
            card.setMaxWidth(Double.MAX_VALUE);
            card.setPrefWidth(0);
            HBox.setHgrow(card, Priority.ALWAYS);
            legend.getChildren().add(card);
        }
        return legend;
    }

    private void buildGrid() {
        grid.getChildren().clear();
        grid.addRow(0, header("maturity.column.theme"), header("maturity.column.current"),
                header("maturity.column.target"), header("maturity.column.note"));
        int r = 1;
        for (MaturityViewModel.Row row : vm.rows()) {
            long id = row.theme().id();
            Label theme = new Label(row.theme().name());
            theme.setWrapText(true);
            ComboBox<MaturityStep> current = Fields.choice("maturity-current-" + id, row.currentProperty(),
                    MaturityStep.values());
            current.setPromptText(Messages.get("maturity.choose"));
            ComboBox<MaturityStep> target = Fields.choice("maturity-target-" + id, row.targetProperty(),
                    MaturityStep.values());
            target.setPromptText(Messages.get("maturity.choose"));
            TextField note = Fields.text("maturity-note-" + id, row.noteProperty(),
                    Messages.get("maturity.notePrompt"));
            Label warning = Controls.notice("maturity-warning-" + id, "advice", "mdi2a-alert-outline", row.warning());
            nl.mviwerkboek.shared.ui.Accessible.nameAs(current, Messages.get("a11y.grid.cell", Messages.get("maturity.column.current"), row.theme().name()));
            nl.mviwerkboek.shared.ui.Accessible.nameAs(target, Messages.get("a11y.grid.cell", Messages.get("maturity.column.target"), row.theme().name()));
            nl.mviwerkboek.shared.ui.Accessible.nameAs(note, Messages.get("a11y.grid.cell", Messages.get("maturity.column.note"), row.theme().name()));
            grid.addRow(r++, theme, current, target, new VBox(2, note, warning));
        }
    }

    private static Label header(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("form-label");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private void drawChart() {
        XYChart.Series<Number, String> now = new XYChart.Series<>();
        now.setName(Messages.get("maturity.chart.now"));
        XYChart.Series<Number, String> target = new XYChart.Series<>();
        target.setName(Messages.get("maturity.chart.target"));
        for (MaturityScore s : vm.scores().reversed()) {
            String name = s.theme().name();
            now.getData().add(new XYChart.Data<>(s.current() == null ? 0 : s.current().number(), name));
            target.getData().add(new XYChart.Data<>(s.target() == null ? 0 : s.target().number(), name));
        }
        chart.getData().setAll(java.util.List.of(now, target));
        chart.setPrefHeight(Math.max(240, 90 + 46 * vm.scores().size()));
    }
}
