package nl.mviwerkboek.spend.analysis;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Headings;
import org.controlsfx.control.SegmentedButton;

/** Tab "Uitgaven": spend by group, supplier, year or cost centre, ABC/Pareto, and local and MKB share. */
public final class SpendingView extends VBox {

    private static final int BARS = 12;

    /** The tab bound to its view-model. */
    public SpendingView(SpendingViewModel vm) {
        super(16);
        setId("spending-view");
        SegmentedButton by = new SegmentedButton();
        for (SpendingViewModel.Dimension d : SpendingViewModel.Dimension.values()) {
            String code = d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            ToggleButton b = new ToggleButton(d.label());
            b.setId("spending-by-" + code);
            b.setSelected(d == vm.dimensionProperty().get());
            b.selectedProperty().addListener((o, was, is) -> {
                if (is) {
                    vm.dimensionProperty().set(d);
                } else if (vm.dimensionProperty().get() == d) {
                    b.setSelected(true);
                }
            });
            by.getButtons().add(b);
        }
        TableView<Totals> totals = totalsTable(vm);
        TableView<SupplierSpend> suppliers = supplierTable(vm);
        TextField search = new TextField();
        search.setId("spending-search");
        search.setPromptText(Messages.get("analysis.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        VBox supplierBox = new VBox(8, search, suppliers);
        BarChart<Number, String> chart = barChart(vm);
        HBox table = new HBox(16, totals, chart);
        HBox.setHgrow(totals, Priority.ALWAYS);
        var isSupplier = Bindings.createBooleanBinding(() -> vm.dimensionProperty().get()
                == SpendingViewModel.Dimension.SUPPLIER, vm.dimensionProperty());
        supplierBox.visibleProperty().bind(isSupplier);
        supplierBox.managedProperty().bind(isSupplier);
        table.visibleProperty().bind(isSupplier.not());
        table.managedProperty().bind(isSupplier.not());
        getChildren().addAll(by, table, supplierBox, Headings.section("analysis.pareto.title"), pareto(vm),
                Headings.section("analysis.local.title"), new LocalShareSection(vm));
    }

    private static TableView<Totals> totalsTable(SpendingViewModel vm) {
        TableView<Totals> t = Controls.table("spending-table", vm.rows(), 330, "analysis.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.spending.table");
        t.getColumns().add(Controls.column("analysis.col.name", Totals::label, 240));
        t.getColumns().add(Controls.amountColumn("analysis.col.amount", Totals::cents, 150));
        t.getColumns().add(Controls.column("analysis.col.share", r -> Formats.percent(vm.shareOf(r.cents())), 80));
        t.getColumns().add(Controls.column("analysis.col.lines", r -> Formats.number(r.lines()), 80));
        t.getColumns().add(Controls.column("analysis.col.suppliers", r -> Formats.number(r.suppliers()), 100));
        return t;
    }

    private static TableView<SupplierSpend> supplierTable(SpendingViewModel vm) {
        TableView<SupplierSpend> t = Controls.table("spending-suppliers", vm.suppliers(), 330, "analysis.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.spending.suppliers");
        t.getColumns().add(Controls.column("analysis.col.supplier", SupplierSpend::name, 280));
        t.getColumns().add(Controls.column("analysis.col.place", s -> s.city() == null ? "" : s.city(), 130));
        t.getColumns().add(Controls.amountColumn("analysis.col.amount", SupplierSpend::cents, 140));
        t.getColumns().add(Controls.column("analysis.col.share", s -> Formats.percent(vm.shareOf(s.cents())), 80));
        t.getColumns().add(Controls.column("analysis.col.lines", s -> Formats.number(s.lines()), 80));
        t.getColumns().add(Controls.column("analysis.col.abc", s -> vm.classOf(s).name(), 60));
        return t;
    }

    private static BarChart<Number, String> barChart(SpendingViewModel vm) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("analysis.chart.millions"));
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("spending-chart");
        chart.setCategoryGap(6);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefWidth(460);
        chart.setMinWidth(360);
        chart.setPrefHeight(330);
        Runnable fill = () -> {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            java.util.List<Totals> top = new java.util.ArrayList<>(vm.rows().stream().limit(BARS).toList());
            java.util.Collections.reverse(top);
            top.forEach(r -> s.getData().add(new XYChart.Data<>(r.cents() / 100_000_000.0, shorten(r.label()))));
            chart.getData().setAll(java.util.List.of(s));
        };
        vm.rows().addListener((ListChangeListener<Totals>) c -> fill.run());
        return chart;
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }

    private static HBox pareto(SpendingViewModel vm) {
        TableView<Pareto.ClassTotals> classes = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>(vm.classes()));
        nl.mviwerkboek.shared.ui.Accessible.name(classes, "a11y.spending.abc");
        classes.setId("spending-abc");
        classes.setPrefHeight(170);
        classes.setPrefWidth(440);
        classes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        classes.getColumns().add(Controls.column("analysis.col.class", c -> c.abcClass().label(), 120));
        classes.getColumns().add(Controls.column("analysis.col.suppliers", c -> Formats.number(c.suppliers()), 100));
        classes.getColumns().add(Controls.amountColumn("analysis.col.amount", Pareto.ClassTotals::cents, 150));
        Label sentence = new Label();
        sentence.setId("spending-pareto-sentence");
        sentence.getStyleClass().add("next-step");
        sentence.setWrapText(true);
        sentence.textProperty().bind(vm.paretoTextProperty());
        NumberAxis x = new NumberAxis(0, 100, 20);
        x.setLabel(Messages.get("analysis.pareto.xAxis"));
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel(Messages.get("analysis.pareto.yAxis"));
        LineChart<Number, Number> curve = new LineChart<>(x, y);
        curve.setId("spending-pareto");
        curve.setCreateSymbols(false);
        curve.setLegendVisible(false);
        curve.setAnimated(false);
        curve.setPrefSize(460, 260);
        vm.curve().addListener((ListChangeListener<Pareto.Point>) c -> {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            vm.curve().forEach(p -> s.getData().add(new XYChart.Data<>(p.supplierShare() * 100,
                    p.spendShare() * 100)));
            curve.getData().setAll(java.util.List.of(s));
        });
        VBox left = new VBox(10, classes, sentence);
        HBox box = new HBox(16, left, curve);
        HBox.setHgrow(curve, Priority.ALWAYS);
        return box;
    }
}
