package nl.mviwerkboek.focus;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.DisplayConverter;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import org.kordamp.ikonli.javafx.FontIcon;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Adds or changes a goal, showing while typing whether it is measurable and what it still lacks. */
final class GoalDialog extends Dialog<Goal> {

    GoalDialog(Window owner, GoalFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get(vm.isNew() ? "goal.dialog.addTitle" : "goal.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("goal-dialog");
        FormGrid form = new FormGrid();
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("goal-theme");
        theme.getItems().setAll(vm.themes());
        theme.setConverter(DisplayConverter.of(Theme::name));
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        form.add("goal.field.theme", theme, vm.themeError());
        form.add("goal.field.statement", Fields.textArea("goal-statement", vm.statementProperty(), 2),
                vm.statementError());
        form.add("goal.field.indicator", Fields.text("goal-indicator", vm.indicatorProperty(),
                Messages.get("goal.field.indicatorPrompt")), null);
        form.add("goal.field.unit", Fields.text("goal-unit", vm.unitProperty(),
                Messages.get("goal.field.unitPrompt")), null);
        form.add("goal.field.baseline", valueAndYear("goal-baseline", vm.baselineValueProperty(),
                vm.baselineYearProperty()), both(vm.baselineValueError(), vm.baselineYearError()));
        form.add("goal.field.target", valueAndYear("goal-target", vm.targetValueProperty(),
                vm.targetYearProperty()), both(vm.targetValueError(), vm.targetYearError()));
        form.add("goal.field.source", Fields.text("goal-source", vm.sourceProperty(),
                Messages.get("goal.field.sourcePrompt")), null);
        form.add("goal.field.owner", Fields.optionalChoice("goal-owner", vm.ownerProperty(), vm.stakeholders(),
                s -> s.department() == null || s.department().isBlank() ? s.name() : s.name() + " (" + s.department() + ")", "goal.field.ownerNone"), null);
        Label quality = new Label();
        quality.setId("goal-quality");
        quality.setWrapText(true);
        quality.textProperty().bind(vm.quality());
        quality.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                vm.quality().get().equals(Messages.get("goal.quality.ok")) ? "mdi2c-check-circle-outline"
                        : "mdi2a-alert-circle-outline"), vm.quality()));
        form.add("goal.field.quality", quality, null);
        form.addHint(Messages.get("goal.dialog.hint"));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        getDialogPane().setContent(scroll);
        getDialogPane().setMinWidth(700);
        ButtonType save = DialogButtons.confirmAndCancel(this, vm.isNew() ? "button.add" : "button.save",
                "goal-save", "goal-cancel", vm.valid());
        setResultConverter(button -> button == save ? vm.result().orElse(null) : null);
    }

    private static HBox valueAndYear(String id, javafx.beans.property.StringProperty value,
                                     javafx.beans.property.StringProperty year) {
        TextField v = Fields.text(id + "-value", value, Messages.get("goal.field.valuePrompt"));
        TextField y = Fields.text(id + "-year", year, Messages.get("goal.field.yearPrompt"));
        y.setPrefColumnCount(5);
        HBox row = new HBox(8, v, new Label(Messages.get("goal.field.inYear")), y);
        row.setId(id);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static StringBinding both(StringBinding a, StringBinding b) {
        return Bindings.createStringBinding(() -> (a.get() + " " + b.get()).strip(), a, b);
    }

    /** Shows the dialog; the goal when the user saved. */
    Optional<Goal> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
