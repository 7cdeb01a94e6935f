package nl.mviwerkboek.actions.tender;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;

/** The effects of the chosen tender, expected and realised, with a row to add one. */
final class TenderEffectsPane extends VBox {

    TenderEffectsPane(TendersViewModel vm) {
        super(6);
        TableView<Effect> table = Controls.table("tender-effects", vm.effects(), 130, "tender.effects.empty");
        table.getColumns().add(Controls.wrappingColumn("tender.col.kind", e -> e.kind().label(), 120));
        table.getColumns().add(Controls.wrappingColumn("tender.col.effect", Effect::description, 240));
        table.getColumns().add(Controls.column("tender.col.value", e -> e.value() == null ? ""
                : Formats.measure(e.value()) + " " + e.unit(), 120));
        table.getColumns().add(Controls.wrappingColumn("tender.col.goal", e -> vm.goalName(e.goalId()), 220));
        table.getColumns().add(Controls.wrappingColumn("tender.col.source", Effect::source, 140));
        EffectForm f = vm.effectForm();
        TextField description = Fields.text("tender-effect-description", f.descriptionProperty(),
                Messages.get("tender.effect.descriptionPrompt"));
        HBox.setHgrow(description, Priority.ALWAYS);
        TextField value = Fields.text("tender-effect-value", f.valueProperty(), Messages.get("tender.effect.valuePrompt"));
        value.setPrefWidth(90);
        TextField unit = Fields.text("tender-effect-unit", f.unitProperty(), Messages.get("tender.effect.unitPrompt"));
        unit.setPrefWidth(110);
        TextField source = Fields.text("tender-effect-source", f.sourceProperty(), Messages.get("tender.effect.sourcePrompt"));
        source.setOnAction(e -> vm.addEffect());
        HBox.setHgrow(source, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(f.valueError());
        Button add = Controls.button("tender-effect-add", "support.add", "mdi2p-plus");
        add.disableProperty().bind(f.descriptionProperty().isEmpty().or(f.valueError().isNotEmpty()));
        add.setOnAction(e -> vm.addEffect());
        Button delete = Controls.button("tender-effect-delete", "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        HBox goal = Fields.optionalChoice("tender-effect-goal", f.goalProperty(), vm.goals(), Goal::statement,
                "tender.effect.goalPrompt");
        goal.setPrefWidth(320);
        goal.setMaxWidth(380);
        for (Button b : new Button[] {add, delete}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(table, new HBox(6, Fields.choice("tender-effect-kind", f.kindProperty(), EffectKind.values()),
                        description, value, unit), new HBox(6, goal, source, add, delete), error);
    }
}
