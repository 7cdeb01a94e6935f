package nl.mviwerkboek.focus;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableActions;

/** The focus-themes tab: the advice on choosing about three, and per theme its focus, ambition, groups and rationale. */
final class FocusThemesView extends VBox {

    private final FocusThemesViewModel vm;

    FocusThemesView(FocusThemesViewModel vm) {
        super(10);
        this.vm = vm;
        setId("focus-themes-view");
        Label count = new Label();
        count.setId("focus-count");
        count.getStyleClass().add("next-step");
        count.textProperty().bind(vm.countText());
        Label warning = Controls.notice("focus-warning", "notice-warning", "mdi2a-alert-outline", vm.warning());
        Button edit = Controls.button("focus-edit", "focus.action.edit", "mdi2p-pencil-outline");
        edit.disableProperty().bind(vm.hasSelection().not());
        edit.setOnAction(e -> editSelected());

        TableView<FocusTheme> table = Controls.table("focus-table", vm.rows(), 470, "focus.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.focus.table");
        table.getColumns().add(chosenColumn());
        table.getColumns().add(Controls.wrappingColumn("focus.field.theme", f -> f.theme().name()
                + (f.theme().archived() ? " " + Messages.get("focus.archivedSuffix") : ""), 220));
        table.getColumns().add(Controls.column("focus.field.ambition", f -> f.chosen() ? f.ambition().label() : "", 150));
        table.getColumns().add(Controls.wrappingColumn("focus.field.groups", vm::groupNames, 200));
        table.getColumns().add(Controls.column("focus.field.goals", f -> Long.toString(vm.goalCount(f)), 70));
        table.getColumns().add(Controls.wrappingColumn("focus.field.rationale", FocusTheme::rationale, 300));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, null);
        getChildren().addAll(Controls.hint("focus.advice"), new HBox(16, count, edit), warning, table);
    }

    private TableColumn<FocusTheme, FocusTheme> chosenColumn() {
        TableColumn<FocusTheme, FocusTheme> c = new TableColumn<>(Messages.get("focus.field.chosen"));
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(FocusTheme f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                box.setId("focus-chosen-" + f.theme().id());
                box.setSelected(f.chosen());
                box.setAccessibleText(Messages.get("focus.field.chosenText") + ": " + f.theme().name());
                box.setOnAction(e -> vm.setChosen(f, box.isSelected()));
                setGraphic(box);
            }
        });
        c.setPrefWidth(70);
        c.setMinWidth(70);
        c.setSortable(false);
        return c;
    }

    private void editSelected() {
        new FocusThemeDialog(getScene().getWindow(), vm.editForm()).ask().ifPresent(vm::save);
    }
}
