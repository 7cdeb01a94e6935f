package nl.mviwerkboek.examples;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.TableActions;

/** The voorbeeldenbank: search, the examples, and exchange with a file for neighbouring municipalities. */
public final class ExamplesView extends VBox {

    private final ExamplesViewModel vm;
    private final Dialogs dialogs;

    public ExamplesView(ExamplesViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("examples-view");
        TextField search = Fields.text("example-search", vm.queryProperty(), Messages.get("examples.search"));
        nl.mviwerkboek.shared.ui.Accessible.name(search, "a11y.example.search");
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("example-count");
        count.getStyleClass().add("next-step");
        count.textProperty().bind(vm.countProperty());
        Button add = Controls.button("example-add", "examples.action.add", "mdi2p-plus");
        add.setOnAction(e -> new ExampleDialog(getScene().getWindow(), vm.newForm()).ask().ifPresent(vm::save));
        Button[] editDelete = Controls.editAndDelete("example", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        Button importFile = Controls.button("example-import", "examples.action.import", "mdi2f-file-import-outline");
        importFile.setOnAction(e -> dialogs.chooseImportFile().ifPresent(file -> vm.importFrom(file).thenAccept(
                r -> dialogs.showInfo(Messages.get("examples.import.title"),
                        Messages.get("examples.import.done", file.getFileName(), r.added(), r.alreadyPresent())))));
        Button exportFile = Controls.button("example-export", "examples.action.export", "mdi2f-file-export-outline");
        exportFile.setOnAction(e -> dialogs.chooseSaveCsv(Messages.get("examples.export.title"),
                Messages.get("examples.export.fileName")).ifPresent(file -> vm.export(file).thenAccept(
                path -> dialogs.showInfo(Messages.get("examples.export.title"),
                        Messages.get("examples.export.done", path)))));
        TableView<Example> table = Controls.table("example-table", vm.examples(), 380, "examples.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.example.table");
        table.getColumns().add(Controls.wrappingColumn("examples.field.title", Example::title, 240));
        table.getColumns().add(Controls.column("examples.field.organisation", Example::organisation, 150));
        table.getColumns().add(Controls.column("examples.field.group", Example::productGroup, 130));
        table.getColumns().add(Controls.wrappingColumn("examples.field.result", Example::result, 220));
        table.getColumns().add(Controls.wrappingColumn("examples.field.lessons", Example::lessons, 220));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);
        getChildren().addAll(Controls.hint("examples.intro"), new HBox(8, search, count),
                new HBox(8, add, editDelete[0], editDelete[1], importFile, exportFile), table);
    }

    private void editSelected() {
        new ExampleDialog(getScene().getWindow(), vm.editForm()).ask().ifPresent(vm::save);
    }

    private void deleteSelected() {
        Example e = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("examples.delete.title"), Messages.get("examples.delete.message", e.title()),
                Messages.get("button.delete"))) {
            vm.delete(e);
        }
    }
}
