package nl.mviwerkboek.spend.priority;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BubbleChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.PngFiles;

/** Tab "Prioriteiten": the priority list with focus choices, the matrix, promising tenders and the praatplaat. */
public final class PrioritiesView extends VBox {

    /** The tab bound to its view-model. */
    public PrioritiesView(PrioritiesViewModel vm, Dialogs dialogs, nl.mviwerkboek.shared.task.UiCallbacks ui) {
        super(12);
        setId("priorities-view");
        Label themes = new Label();
        themes.setId("priorities-themes");
        themes.setWrapText(true);
        themes.getStyleClass().add("form-hint");
        themes.textProperty().bind(vm.themesTextProperty());
        Button praatplaat = Controls.button("praatplaat-export", "praatplaat.action", "mdi2i-image-outline");
        praatplaat.getStyleClass().add("accent");
        praatplaat.disableProperty().bind(vm.pictureProperty().isNull());
        praatplaat.setOnAction(e -> dialogs.chooseSavePng(Messages.get("praatplaat.save"), Messages.get("praatplaat.fileName"))
                .ifPresent(file -> {
                    Praatplaat picture = new Praatplaat(vm.pictureProperty().get());
                    new javafx.scene.Scene(picture);
                    picture.applyCss();
                    picture.layout();
                    ui.then(vm.savePng(PngFiles.snapshot(picture, 1.5), file), saved -> dialogs.showInfo(
                            Messages.get("praatplaat.saved.title"), Messages.get("praatplaat.saved",
                                    saved.getFileName())));
                }));
        getChildren().addAll(themes, table(vm), Headings.section("priority.matrix.title"),
                new HBox(16, matrix(vm), legend()), Headings.section("priority.opportunities.title"),
                opportunities(vm), Headings.section("praatplaat.title.section"), Controls.hint("praatplaat.hint"), praatplaat);
    }

    private static TableView<GroupPriority> table(PrioritiesViewModel vm) {
        TableView<GroupPriority> t = new TableView<>(vm.ranked());
        t.setId("priorities-table");
        t.setPrefHeight(330);
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("priority.none")));
        t.getColumns().add(Controls.column("priority.col.rank", g -> String.valueOf(g.rank()), 50));
        t.getColumns().add(Controls.column("priority.col.group", g -> g.group().name(), 230));
        t.getColumns().add(Controls.amountColumn("analysis.col.amount", GroupPriority::spendCents, 130));
        t.getColumns().add(Controls.column("priority.col.impact", g -> Formats.decimal(Math.round(g.impact() * 10)
                / 10.0), 110));
        t.getColumns().add(Controls.column("priority.col.priority", g -> g.priority().label(), 90));
        t.getColumns().add(Controls.amountColumn("priority.col.ending", GroupPriority::endingContractsCents, 170));
        TableColumn<GroupPriority, Boolean> focus = new TableColumn<>(Messages.get("priority.col.focus"));
        focus.setEditable(true);
        focus.setPrefWidth(90);
        focus.setCellValueFactory(cell -> {
            GroupPriority g = cell.getValue();
            SimpleBooleanProperty p = new SimpleBooleanProperty(g.group().focus());
            p.addListener((o, old, now) -> vm.setFocus(g, now));
            return p;
        });
        focus.setCellFactory(CheckBoxTableCell.forTableColumn(focus));
        t.getColumns().add(focus);
        return t;
    }

    private static BubbleChart<Number, Number> matrix(PrioritiesViewModel vm) {
        NumberAxis x = new NumberAxis();
        x.setLabel(Messages.get("priority.matrix.x"));
        NumberAxis y = new NumberAxis(0, 3.2, 0.5);
        y.setLabel(Messages.get("priority.matrix.y"));
        BubbleChart<Number, Number> chart = new BubbleChart<>(x, y);
        chart.setId("priority-matrix");
        chart.setAnimated(false);
        chart.setPrefSize(760, 420);
        vm.ranked().addListener((ListChangeListener<GroupPriority>) c -> {
            double maxSpend = vm.ranked().stream().mapToLong(GroupPriority::spendCents).max().orElse(1) / 1e8;
            double maxEnding = vm.ranked().stream().mapToLong(GroupPriority::endingContractsCents).max().orElse(0);
            chart.getData().clear();
            for (Priority p : Priority.values()) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(p.label());
                vm.ranked().stream().filter(g -> g.priority() == p).forEach(g -> s.getData().add(new XYChart.Data<>(
                        g.spendCents() / 1e8, g.impact(), bubble(g, maxSpend, maxEnding))));
                chart.getData().add(s);
            }
        });
        return chart;
    }

    private static double bubble(GroupPriority g, double maxSpend, double maxEnding) {
        double smallest = maxSpend / 60;
        return maxEnding <= 0 ? smallest : smallest + (maxSpend / 12) * Math.sqrt(g.endingContractsCents() / maxEnding);
    }

    private static Label legend() {
        Label l = new Label(Messages.get("priority.matrix.legend"));
        l.setWrapText(true);
        l.setMaxWidth(280);
        l.getStyleClass().add("form-hint");
        return l;
    }

    private static TableView<Opportunity> opportunities(PrioritiesViewModel vm) {
        TableView<Opportunity> t = Controls.table("opportunities-table", vm.opportunities(), 260, "priority.opportunities.none");
        t.getColumns().add(Controls.column("priority.col.tenderBy", o -> Formats.date(o.tenderBy()), 110));
        t.getColumns().add(Controls.column("contract.col.title", o -> o.contract().title(), 260));
        t.getColumns().add(Controls.column("priority.col.group", o -> o.groupName() == null ? "" : o.groupName(), 180));
        t.getColumns().add(Controls.column("priority.col.priority", o -> o.priority().label()
                + (o.focusGroup() ? " · " + Messages.get("priority.focusMark") : ""), 140));
        t.getColumns().add(Controls.amountColumn("contract.col.value", o -> o.contract().valueCents(), 120));
        t.getColumns().add(Controls.column("contract.col.mvi", o -> Messages.get(o.contract().mviApplied()
                ? "contract.yes" : "contract.no"), 70));
        return t;
    }
}
