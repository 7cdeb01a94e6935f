package nl.mviwerkboek.backup;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.DialogButtons;

/** Bestand &gt; Back-up terugzetten…: the backups with date, kind, plan, size and contents; answers the one to restore. */
public final class RestoreDialog extends Dialog<Backup> {

    /** The dialog over {@code vm}, whose {@link RestoreViewModel#load()} fills it. */
    public RestoreDialog(Window owner, RestoreViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get("backup.dialog.title"));
        setHeaderText(getTitle());
        setResizable(true);
        getDialogPane().setId("restore-dialog");
        TableView<RestoreViewModel.Row> table = Controls.table("restore-table", vm.rows(), 340, null);
        table.setPlaceholder(new Label(vm.emptyText()));
        table.setAccessibleText(Messages.get("backup.dialog.title"));
        TableColumn<RestoreViewModel.Row, String> contents = new TableColumn<>(Messages.get("backup.col.contents"));
        contents.setCellValueFactory(cell -> cell.getValue().contentsProperty());
        contents.setPrefWidth(380);
        table.getColumns().setAll(java.util.List.of(
                Controls.column("backup.col.made", RestoreViewModel.Row::made, 130),
                Controls.column("backup.col.kind", RestoreViewModel.Row::kind, 120),
                Controls.column("backup.col.plan", RestoreViewModel.Row::plan, 200),
                Controls.column("backup.col.size", RestoreViewModel.Row::size, 80), contents));
        vm.selectedProperty().addListener((o, was, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.selectedProperty().set(row));
        VBox content = new VBox(10, Controls.hint("backup.dialog.hint"), table);
        content.setPrefWidth(960);
        getDialogPane().setContent(content);
        ButtonType restore = DialogButtons.confirmAndCancel(this, "backup.action.restore", "restore-confirm",
                "restore-cancel", vm.canRestore());
        setResultConverter(button -> button == restore && vm.selectedProperty().get() != null
                ? vm.selectedProperty().get().backup() : null);
        setOnShown(e -> table.requestFocus());
    }

    /** Shows the dialog; the backup to restore when the user chose one. */
    public Optional<Backup> ask() {
        return showAndWait();
    }
}
