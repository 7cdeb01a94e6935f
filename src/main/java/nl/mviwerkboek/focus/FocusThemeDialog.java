package nl.mviwerkboek.focus;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Sets a theme's focus: chosen or not, the ambition level with what it means, the rationale and product groups. */
final class FocusThemeDialog extends Dialog<FocusTheme> {

    FocusThemeDialog(Window owner, FocusThemeFormViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get("focus.dialog.title", vm.themeName()));
        setHeaderText(getTitle());
        getDialogPane().setId("focus-dialog");
        FormGrid form = new FormGrid();
        CheckBox chosen = new CheckBox(Messages.get("focus.field.chosenText"));
        chosen.setId("focus-chosen");
        chosen.selectedProperty().bindBidirectional(vm.chosenProperty());
        form.add("focus.field.chosen", chosen, null);
        form.add("focus.field.ambition", ambitionChoice(vm), null);
        form.add("focus.field.rationale", Fields.textArea("focus-rationale", vm.rationaleProperty(), 4), null);
        VBox groups = new VBox(4);
        for (FocusThemeFormViewModel.GroupTick tick : vm.groups()) {
            String name = tick.group().focus() ? Messages.get("focus.group.spendFocus", tick.group().name())
                    : tick.group().name();
            CheckBox box = new CheckBox(name);
            box.setId("focus-group-" + tick.group().code());
            box.selectedProperty().bindBidirectional(tick.ticked());
            groups.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setId("focus-groups");
        scroll.setPrefViewportHeight(180);
        scroll.setFitToWidth(true);
        form.add("focus.field.groups", scroll, null);
        form.addHint(Messages.get("focus.dialog.groupsHint"));
        getDialogPane().setContent(form);
        getDialogPane().setMinWidth(680);
        ButtonType save = DialogButtons.confirmAndCancel(this, "button.save", "focus-save", "focus-cancel",
                new javafx.beans.property.SimpleBooleanProperty(true));
        setResultConverter(button -> button == save ? vm.result() : null);
    }

    private static VBox ambitionChoice(FocusThemeFormViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6);
        for (AmbitionLevel level : AmbitionLevel.values()) {
            RadioButton radio = new RadioButton(level.label());
            radio.setId("ambition-" + level.number());
            radio.setToggleGroup(group);
            radio.setUserData(level);
            radio.setSelected(vm.ambitionProperty().get() == level);
            Label meaning = new Label(Messages.get(level.meaningKey()));
            meaning.setWrapText(true);
            meaning.getStyleClass().add("form-hint");
            meaning.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
            box.getChildren().addAll(radio, meaning);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.ambitionProperty().set((AmbitionLevel) now.getUserData());
            }
        });
        return box;
    }

    /** Shows the dialog; the focus when the user saved. */
    Optional<FocusTheme> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
