package nl.mviwerkboek.actions.tender;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;

/**
 * A table of effects with a row to add one: used for one tender (Acties) and for all tenders and contracts
 * (Monitoring, where a column and a chooser name the tender or contract).
 */
public final class EffectsPane extends VBox {

    /** What the pane shows and does: the effects, the form, goals, and what adding and removing do. */
    public record Wiring(ObservableList<Effect> effects, EffectForm form, ObservableList<Goal> goals,
                         Function<Long, String> goalName, Runnable add, Consumer<Effect> delete) {
    }

    /** The pane; with {@code subject} (a chooser) and {@code subjectName} it also says whose effect each is. */
    public EffectsPane(String idPrefix, Wiring w, Node subject, Function<Effect, String> subjectName) {
        super(6);
        TableView<Effect> table = Controls.table(idPrefix + "-effects", w.effects(), subject == null ? 130 : 300,
                "tender.effects.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.effects.table");
        if (subjectName != null) {
            table.getColumns().add(Controls.wrappingColumn("effect.col.subject", subjectName::apply, 200));
        }
        table.getColumns().add(Controls.wrappingColumn("tender.col.kind", e -> e.kind().label(), 120));
        table.getColumns().add(Controls.wrappingColumn("tender.col.effect", Effect::description, 240));
        table.getColumns().add(Controls.column("tender.col.value", e -> e.value() == null ? ""
                : Formats.measure(e.value()) + " " + e.unit(), 120));
        table.getColumns().add(Controls.wrappingColumn("tender.col.goal", e -> w.goalName().apply(e.goalId()), 220));
        table.getColumns().add(Controls.wrappingColumn("tender.col.source", Effect::source, 140));
        EffectForm f = w.form();
        TextField description = Fields.text(idPrefix + "-effect-description", f.descriptionProperty(),
                Messages.get("tender.effect.descriptionPrompt"));
        HBox.setHgrow(description, Priority.ALWAYS);
        TextField value = Fields.text(idPrefix + "-effect-value", f.valueProperty(),
                Messages.get("tender.effect.valuePrompt"));
        value.setPrefWidth(90);
        TextField unit = Fields.text(idPrefix + "-effect-unit", f.unitProperty(), Messages.get("tender.effect.unitPrompt"));
        unit.setPrefWidth(110);
        TextField source = Fields.text(idPrefix + "-effect-source", f.sourceProperty(),
                Messages.get("tender.effect.sourcePrompt"));
        source.setOnAction(e -> w.add().run());
        HBox.setHgrow(source, Priority.ALWAYS);
        Label error = new Label();
        error.setId(idPrefix + "-effect-value-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(f.valueError());
        Button add = Controls.button(idPrefix + "-effect-add", "support.add", "mdi2p-plus");
        add.disableProperty().bind(f.descriptionProperty().isEmpty().or(f.valueError().isNotEmpty())
                .or(f.subjectChosen().not()));
        add.setOnAction(e -> w.add().run());
        Button delete = Controls.button(idPrefix + "-effect-delete", "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> w.delete().accept(table.getSelectionModel().getSelectedItem()));
        HBox goal = Fields.optionalChoice(idPrefix + "-effect-goal", f.goalProperty(), w.goals(), Goal::statement,
                "tender.effect.goalPrompt");
        goal.setPrefWidth(320);
        goal.setMaxWidth(380);
        for (Button b : new Button[] {add, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        var kind = Fields.choice(idPrefix + "-effect-kind", f.kindProperty(), EffectKind.values());
        String[] names = {"tender.col.kind", "tender.col.effect", "tender.effect.valuePrompt",
            "tender.effect.unitPrompt", "tender.effect.goalPrompt", "tender.effect.sourcePrompt"};
        javafx.scene.Node[] inputs = {kind, description, value, unit, goal, source};
        for (int i = 0; i < inputs.length; i++) {
            nl.mviwerkboek.shared.ui.Accessible.nameAs(inputs[i], Messages.get(names[i]));
        }
        HBox first = new HBox(6, kind, description, value, unit);
        if (subject != null) {
            first.getChildren().add(0, subject);
        }
        nl.mviwerkboek.shared.ui.TableKeys.wireInline(table, first.getChildren().get(0), delete);
        getChildren().addAll(table, first, new HBox(6, goal, source, add, delete), error);
    }
}
