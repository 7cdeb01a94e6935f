package nl.mviwerkboek.spend.groups;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Headings;

/** Under the rule being typed: what it would catch, asked again 300 ms after the last change. */
final class RulePreviewPane extends VBox {

    RulePreviewPane(RulePreviewViewModel vm, ObservableValue<RuleKind> kind, ObservableValue<String> value,
                    ObservableValue<String> valueTo) {
        super(6);
        setId("rule-preview");
        Label summary = new Label();
        summary.setId("rule-preview-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label earlier = Controls.notice("rule-preview-earlier", "form-hint", null, vm.earlierProperty());
        TableView<RulePreviewStorage.Example> examples = Controls.table("rule-preview-examples", vm.examples(), 150,
                "rules.preview.none");
        examples.setAccessibleText(nl.mviwerkboek.shared.i18n.Messages.get("rules.preview.heading"));
        examples.getColumns().add(Controls.column("rules.preview.supplier", RulePreviewStorage.Example::supplier, 160));
        examples.getColumns().add(Controls.column("rules.preview.description",
                RulePreviewStorage.Example::description, 220));
        TableColumn<RulePreviewStorage.Example, String> amount = Controls.column("rules.preview.amount",
                e -> Formats.amount(e.cents()), 110);
        amount.getStyleClass().add("amount-column");
        examples.getColumns().add(amount);
        getChildren().addAll(Headings.section("rules.preview.heading"), summary, earlier, examples);

        PauseTransition wait = new PauseTransition(Duration.millis(300));
        wait.setOnFinished(e -> vm.refresh(kind.getValue(), value.getValue(), valueTo.getValue()));
        for (ObservableValue<?> changing : new ObservableValue<?>[] {kind, value, valueTo}) {
            changing.addListener((o, old, now) -> wait.playFromStart());
        }
    }
}
