package nl.mviwerkboek.spend.analysis;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Headings;

/** Tab "Drempels": spend that may have needed a European tender — advice to check — and the threshold table. */
public final class ThresholdsView extends VBox {

    /** The tab bound to its view-model. */
    public ThresholdsView(ThresholdsViewModel vm) {
        super(12);
        setId("thresholds-view");
        Label advice = new Label(Messages.get("thresholds.advice"));
        advice.setWrapText(true);
        advice.getStyleClass().add("notice-warning");
        Label summary = new Label();
        summary.setId("thresholds-summary");
        summary.textProperty().bind(vm.summaryProperty());
        TableView<ThresholdSignal> signals = Controls.table("thresholds-table", vm.signals(), 380, "thresholds.none");
        nl.mviwerkboek.shared.ui.Accessible.name(signals, "a11y.thresholds.table");
        signals.getColumns().add(Controls.wrappingColumn("analysis.col.supplier", ThresholdSignal::supplierName, 190));
        signals.getColumns().add(Controls.wrappingColumn("thresholds.col.group", s -> s.groupName() == null
                ? Messages.get("groups.unclassified") : s.groupName(), 150));
        signals.getColumns().add(Controls.amountColumn("thresholds.col.estimated", ThresholdSignal::estimatedCents, 150));
        signals.getColumns().add(Controls.wrappingColumn("thresholds.col.reasoning", s -> Messages.get(
                "thresholds.status") + "\n" + ThresholdsViewModel.reasoning(s), 480));
        TableView<EuThreshold> table = Controls.table("eu-thresholds", vm.thresholds(), 240, null);
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.eu.thresholds");
        table.getColumns().add(Controls.column("thresholds.col.year", t -> String.valueOf(t.year()), 70));
        table.getColumns().add(Controls.column("thresholds.col.services", t -> Formats.amountRounded(
                t.suppliesServicesCents()), 180));
        table.getColumns().add(Controls.column("thresholds.col.works", t -> Formats.amountRounded(t.worksCents()), 150));
        table.getColumns().add(Controls.column("thresholds.col.social", t -> Formats.amountRounded(t.socialCents()),
                220));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        Button edit = Controls.button("thresholds-edit", "thresholds.action.edit", "mdi2p-pencil-outline");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> new ThresholdDialog(getScene().getWindow(), vm.selectedProperty().get()).ask()
                .ifPresent(vm::save));
        Label source = Controls.hint("thresholds.source");
        getChildren().addAll(advice, summary, signals, Headings.section("thresholds.table.title"), source, table, edit);
    }
}
