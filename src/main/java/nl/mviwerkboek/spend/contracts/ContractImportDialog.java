package nl.mviwerkboek.spend.contracts;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Shows which column holds which contract field, lets the user change that, and previews the first rows. */
final class ContractImportDialog extends Dialog<ButtonType> {

    private final ButtonType confirm;

    ContractImportDialog(Window owner, ContractImportViewModel vm) {
        initOwner(owner);
        setTitle(Messages.get("contract.import.dialogTitle"));
        setHeaderText(Messages.get("contract.import.dialogHeader", vm.sheet().file().getFileName(),
                vm.sheet().headerRow()));
        getDialogPane().setId("contract-import-dialog");
        FormGrid form = new FormGrid();
        for (ContractField f : ContractField.values()) {
            ComboBox<ContractImportViewModel.Column> box = new ComboBox<>(FXCollections.observableArrayList(
                    vm.choices()));
            box.setId("contract-column-" + f.name().toLowerCase(java.util.Locale.ROOT));
            box.setPrefWidth(230);
            box.valueProperty().bindBidirectional(vm.field(f));
            form.addRow(f.label() + (f.required() ? " *" : ""), box);
        }
        TableView<ContractImport.PreviewLine> preview = Controls.table("contract-import-preview", vm.preview(), 300,
                null);
        nl.mviwerkboek.shared.ui.Accessible.name(preview, "a11y.contract.importPreview");
        preview.setPrefWidth(620);
        preview.getColumns().add(Controls.column("contract.import.col.row", l -> Formats.number(l.row()), 50));
        preview.getColumns().add(Controls.column("contract.col.title", l -> l.contract() == null ? ""
                : l.contract().title(), 170));
        preview.getColumns().add(Controls.column("contract.col.end", l -> l.contract() == null
                || l.contract().end() == null ? "" : Formats.date(l.contract().end()), 95));
        preview.getColumns().add(Controls.column("contract.col.value", l -> l.contract() == null ? ""
                : Formats.amountRounded(l.contract().valueCents()), 100));
        preview.getColumns().add(Controls.wrappingColumn("contract.import.col.problem", l -> l.problem(), 200));
        VBox right = new VBox(8, Controls.hint("contract.import.previewHint"), preview);
        HBox content = new HBox(20, form, right);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        form.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        content.setPrefWidth(1080);
        getDialogPane().setContent(content);
        setResizable(true);
        getDialogPane().setPrefSize(1120, 640);
        getDialogPane().setMinSize(1040, 600);
        confirm = DialogButtons.confirmAndCancel(this, "contract.import.confirm", "contract-import-confirm",
                "contract-import-cancel", vm.valid());
    }

    /** Shows the dialog; true when the user chose to import. */
    boolean ask() {
        return DialogWindows.prepare(this).showAndWait().filter(b -> b == confirm).isPresent();
    }
}
