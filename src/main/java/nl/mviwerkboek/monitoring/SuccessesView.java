package nl.mviwerkboek.monitoring;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.TableActions;

/** The successes tab: what went well, its effect and where it was shared, for the report and the council. */
final class SuccessesView extends VBox {

    private final SuccessesViewModel vm;
    private final Dialogs dialogs;

    SuccessesView(SuccessesViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("successes-view");
        Label count = new Label();
        count.setId("success-count");
        count.getStyleClass().add("next-step");
        count.textProperty().bind(vm.countProperty());
        Button add = Controls.button("success-add", "success.action.add", "mdi2t-trophy-outline");
        add.setOnAction(e -> new SuccessDialog(getScene().getWindow(), vm.newForm()).ask().ifPresent(vm::save));
        Button[] editDelete = Controls.editAndDelete("success", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        TableView<Success> table = Controls.table("success-table", vm.successes(), 320, "success.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.success.table");
        table.getColumns().add(Controls.dateColumn("success.field.date", Success::date));
        table.getColumns().add(Controls.wrappingColumn("success.field.what", Success::what, 320));
        table.getColumns().add(Controls.wrappingColumn("success.field.effect", Success::effect, 220));
        table.getColumns().add(Controls.wrappingColumn("success.field.channels", Success::sharedText, 240));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);
        getChildren().addAll(Controls.hint("success.intro"), count, new HBox(8, add, editDelete[0], editDelete[1]),
                table);
    }

    private void editSelected() {
        new SuccessDialog(getScene().getWindow(), vm.editForm()).ask().ifPresent(vm::save);
    }

    private void deleteSelected() {
        Success s = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("success.delete.title"), Messages.get("success.delete.message",
                Formats.date(s.date())), Messages.get("button.delete"))) {
            vm.delete(s);
        }
    }
}
