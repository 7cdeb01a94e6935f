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
import nl.mviwerkboek.shared.ui.DialogWindows;

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
        TableColumn<RestoreViewModel.Row, String> contents = Controls.wrappingColumn("backup.col.contents", r -> "", 390);
        contents.setCellValueFactory(cell -> cell.getValue().contentsProperty());
        table.getColumns().setAll(java.util.List.of(
                Controls.minWidth(Controls.column("backup.col.made", RestoreViewModel.Row::made, 150), 150),
                Controls.minWidth(Controls.column("backup.col.kind", RestoreViewModel.Row::kind, 130), 120),
                Controls.wrappingColumn("backup.col.plan", RestoreViewModel.Row::plan, 230),
                Controls.minWidth(Controls.column("backup.col.size", RestoreViewModel.Row::size, 90), 80), contents));
        vm.selectedProperty().addListener((o, was, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.selectedProperty().set(row));
        VBox content = new VBox(10, Controls.hint("backup.dialog.hint"), table);
        getDialogPane().setContent(content);
        getDialogPane().setMinWidth(1020);
        ButtonType restore = DialogButtons.confirmAndCancel(this, "backup.action.restore", "restore-confirm",
                "restore-cancel", vm.canRestore());
        setResultConverter(button -> button == restore && vm.selectedProperty().get() != null
                ? vm.selectedProperty().get().backup() : null);
        setOnShown(e -> table.requestFocus());
    }

    /** Shows the dialog; the backup to restore when the user chose one. */
    public Optional<Backup> ask() {
        return DialogWindows.prepare(this).showAndWait();
    }
}
