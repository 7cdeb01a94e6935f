package nl.mviwerkboek.spend.contracts;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.Headings;

/** Tab "Contracten": the register, the tender calendar by quarter, and the SROI candidates with the policy. */
public final class ContractsView extends VBox {

    /** The tab bound to its view-model. */
    public ContractsView(ContractsViewModel vm, Dialogs dialogs, nl.mviwerkboek.shared.task.UiCallbacks ui) {
        super(12);
        setId("contracts-view");
        TableView<Contract> table = Controls.table("contracts-table", vm.register(), 300, "contract.none");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.contracts.table");
        table.getColumns().add(Controls.column("contract.col.title", Contract::title, 210));
        table.getColumns().add(Controls.column("contract.col.supplier", Contract::supplierName, 150));
        table.getColumns().add(Controls.column("contract.col.group", vm::groupName, 140));
        table.getColumns().add(Controls.column("contract.col.end", k -> k.end() == null ? "" : Formats.date(k.end()),
                104));
        table.getColumns().add(Controls.column("contract.col.finalEnd", k -> k.end() == null ? ""
                : Formats.date(k.finalEnd()), 110));
        table.getColumns().forEach(c -> c.setMinWidth(Math.min(c.getPrefWidth(), 104)));
        table.getColumns().add(Controls.amountColumn("contract.col.value", Contract::valueCents, 120));
        table.getColumns().add(Controls.column("contract.col.mvi", k -> Messages.get(k.mviApplied() ? "contract.yes"
                : "contract.no"), 55));
        table.getColumns().add(Controls.column("contract.col.sroi", k -> Messages.get(k.sroiApplied() ? "contract.yes"
                : "contract.no"), 55));
        table.getColumns().add(Controls.column("contract.col.owner", Contract::owner, 120));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        table.setRowFactory(t -> {
            TableRow<Contract> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(vm, row.getItem());
                }
            });
            return row;
        });
        Button add = Controls.button("contract-add", "contract.action.add", "mdi2p-plus");
        add.setOnAction(e -> edit(vm, Contract.blank()));
        Button edit = Controls.button("contract-edit", "contract.action.edit", "mdi2p-pencil-outline");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> edit(vm, vm.selectedProperty().get()));
        Button delete = Controls.button("contract-delete", "contract.action.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> {
            if (dialogs.confirm(Messages.get("contract.delete.title"), Messages.get("contract.delete.message",
                    vm.selectedProperty().get().title()), Messages.get("button.delete"))) {
                vm.deleteSelected();
            }
        });
        TableKeys.wire(table, add, edit, delete);
        Button importFile = Controls.button("contract-import", "contract.action.import", "mdi2f-file-import-outline");
        importFile.setOnAction(e -> dialogs.chooseImportFile().ifPresent(file -> ui.then(vm.analyseFile(file),
                form -> {
                    if (new ContractImportDialog(getScene().getWindow(), form).ask()) {
                        ui.then(vm.importWith(form), n -> dialogs.showInfo(Messages.get("contract.import.doneTitle"),
                                Messages.get("contract.import.done", n, file.getFileName())));
                    }
                })));
        getChildren().addAll(table, new FlowPane(8, 8, add, edit, delete, importFile), Headings.section("calendar.title"),
                period(vm), calendar(vm), Headings.section("sroi.title"), sroi(vm));
    }

    private void edit(ContractsViewModel vm, Contract k) {
        new ContractDialog(getScene().getWindow(), new ContractFormViewModel(k, vm.groups()), vm.groups()).ask()
                .ifPresent(vm::save);
    }

    private static Label period(ContractsViewModel vm) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add("form-hint");
        l.textProperty().bind(vm.periodTextProperty());
        return l;
    }

    private static TableView<TenderEvent> calendar(ContractsViewModel vm) {
        TableView<TenderEvent> t = Controls.table("calendar-table", vm.calendar(), 260, "calendar.none");
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.calendar.table");
        t.getColumns().add(Controls.column("calendar.col.quarter", TenderEvent::quarter, 90));
        t.getColumns().add(Controls.column("calendar.col.date", e -> Formats.date(e.date()), 95));
        t.getColumns().add(Controls.column("calendar.col.contract", e -> e.contract().title(), 250));
        t.getColumns().add(Controls.column("calendar.col.what", e -> e.kind().label(), 330));
        t.getColumns().add(Controls.column("contract.col.mvi", e -> Messages.get(e.contract().mviApplied()
                ? "contract.yes" : "contract.no"), 55));
        return t;
    }

    private static VBox sroi(ContractsViewModel vm) {
        TableView<SroiCandidate> t = Controls.table("sroi-table", vm.sroi(), 220, "sroi.none");
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.sroi.table");
        t.getColumns().add(Controls.column("contract.col.title", s -> s.contract().title(), 260));
        t.getColumns().add(Controls.column("contract.col.group", s -> s.groupName() == null ? "" : s.groupName(), 170));
        t.getColumns().add(Controls.amountColumn("contract.col.value", s -> s.contract().valueCents(), 130));
        t.getColumns().add(Controls.amountColumn("sroi.col.obligation", SroiCandidate::obligationCents, 150));
        t.getColumns().add(Controls.column("sroi.col.applied", s -> Messages.get(s.contract().sroiApplied()
                ? "contract.yes" : "contract.no"), 110));
        FormGrid form = new FormGrid();
        form.add("sroi.settings.threshold", Fields.text("sroi-threshold", vm.sroiThresholdProperty()), null);
        form.add("sroi.settings.percentage", Fields.text("sroi-percentage", vm.sroiPercentageProperty()),
                vm.sroiErrorProperty());
        Button save = Controls.button("sroi-save", "sroi.settings.save", "mdi2c-content-save-outline");
        save.setOnAction(e -> vm.saveSroi());
        Label hint = Controls.hint("sroi.hint");
        return new VBox(10, hint, t, form, save);
    }
}
