package nl.mviwerkboek.actions;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;

/** The timeline tab: the actions the list's filters show, as bars per quarter of the plan period, this quarter marked. */
final class TimelineView extends VBox {

    private final ActionsViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label undated = new Label();
    private boolean drawPending;

    TimelineView(ActionsViewModel vm) {
        super(10);
        this.vm = vm;
        setId("timeline-view");
        grid.setId("timeline-grid");
        grid.getStyleClass().add("timeline");
        grid.setHgap(2);
        grid.setVgap(4);
        undated.setId("timeline-undated");
        undated.getStyleClass().add("form-hint");
        vm.actions().addListener((javafx.collections.ListChangeListener<Action>) c -> requestDraw());
        vm.pictureProperty().addListener((o, old, now) -> requestDraw());
        getChildren().addAll(Controls.hint("timeline.intro"), grid, undated);
        draw();
    }

    /** A reload changes the picture and then the list; the grid is laid out once for both. */
    private void requestDraw() {
        if (!drawPending) {
            drawPending = true;
            javafx.application.Platform.runLater(() -> {
                drawPending = false;
                draw();
            });
        }
    }

    private void draw() {
        ActionsPicture p = vm.pictureProperty().get();
        Timeline t = Timeline.of(vm.actions(), p.periodStart(), p.periodEnd());
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints names = new ColumnConstraints(220, 260, 320);
        grid.getColumnConstraints().add(names);
        Quarter now = Quarter.of(vm.today());
        for (int i = 0; i < t.quarters().size(); i++) {
            ColumnConstraints cc = new ColumnConstraints(36, 52, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            cc.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(cc);
            Quarter q = t.quarters().get(i);
            if (q.number() == 1) {
                Label year = new Label(String.valueOf(q.year()));
                year.getStyleClass().add("timeline-year");
                year.setMaxWidth(Double.MAX_VALUE);
                grid.add(year, i + 1, 0, 4, 1);
            }
            Label head = new Label(Messages.get("quarter.short", String.valueOf(q.number())));
            head.getStyleClass().add(q.equals(now) ? "timeline-now" : "timeline-quarter");
            grid.add(head, i + 1, 1);
        }
        int nowIndex = t.quarters().indexOf(now);
        if (nowIndex >= 0 && !t.bars().isEmpty()) {
            javafx.scene.layout.Region band = new javafx.scene.layout.Region();
            band.getStyleClass().add("timeline-now-band");
            grid.add(band, nowIndex + 1, 2, 1, t.bars().size());
        }
        int row = 2;
        for (Timeline.Bar bar : t.bars()) {
            Label name = new Label(bar.action().title());
            name.setTooltip(new Tooltip(bar.action().title()));
            name.getStyleClass().add("timeline-name");
            grid.add(name, 0, row);
            Label block = new Label(bar.action().status().label() + (vm.isOverdue(bar.action())
                    ? " · " + Messages.get("action.signal.overdue") : ""));
            block.setId("timeline-bar-" + bar.action().id());
            block.setMaxWidth(Double.MAX_VALUE);
            block.setPadding(new Insets(2, 6, 2, 6));
            block.getStyleClass().addAll("timeline-bar", "status-" + bar.action().status().code());
            if (vm.isOverdue(bar.action())) {
                block.getStyleClass().add("timeline-overdue");
            }
            block.setTooltip(new Tooltip(Messages.get("timeline.tooltip", bar.action().title(),
                    bar.action().start() == null ? "–" : Formats.date(bar.action().start()),
                    bar.action().due() == null ? "–" : Formats.date(bar.action().due()), bar.action().status().label())));
            grid.add(block, bar.first() + 1, row, bar.last() - bar.first() + 1, 1);
            row++;
        }
        undated.setText(t.undated() == 0 ? "" : Messages.get("timeline.undated", t.undated()));
    }
}
