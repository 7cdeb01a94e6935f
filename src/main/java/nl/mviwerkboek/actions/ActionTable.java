package nl.mviwerkboek.actions;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.DisplayConverter;
import nl.mviwerkboek.shared.ui.LabelConverter;

/** The action table: sortable, several rows selectable, title, owner, due date and status edited in place, overdue rows marked. */
final class ActionTable {

    /** What a date cell returns for text that is no date: the edit is ignored. */
    private static final LocalDate NOT_A_DATE = LocalDate.MIN;

    private ActionTable() {
    }

    static TableView<Action> create(ActionsViewModel vm) {
        SortedList<Action> sorted = new SortedList<>(vm.actions());
        TableView<Action> table = Controls.table("action-table", sorted, 420, "action.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.action.table");
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Action>) c ->
                vm.chosen().setAll(table.getSelectionModel().getSelectedItems()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Action item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue-row");
                if (!empty && item != null && vm.isOverdue(item)) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        table.getColumns().add(titleColumn(vm));
        table.getColumns().add(Controls.minWidth(Controls.wrappingColumn("action.field.kind", a -> a.kind().label(), 120), 112));
        table.getColumns().add(Controls.minWidth(Controls.wrappingColumn("action.field.theme",
                a -> vm.pictureProperty().get().focus().themeName(a.themeId()), 110), 100));
        table.getColumns().add(Controls.minWidth(Controls.wrappingColumn("action.field.subject",
                a -> vm.pictureProperty().get().subject(a), 160), 120));
        table.getColumns().add(ownerColumn(vm));
        table.getColumns().add(dueColumn(vm));
        table.getColumns().add(statusColumn(vm));
        table.getColumns().add(Controls.column("action.field.signal", a -> a.isOverdue(vm.today())
                ? Messages.get("action.signal.overdue") : a.isDueBetween(vm.today(), vm.today().plusDays(30))
                ? Messages.get("action.signal.soon") : "", 90));
        return table;
    }

    private static TableColumn<Action, String> titleColumn(ActionsViewModel vm) {
        TableColumn<Action, String> c = Controls.column("action.field.title", Action::title, 280);
        c.setMinWidth(170);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            if (e.getNewValue() != null && !e.getNewValue().isBlank()) {
                vm.editProblemProperty().set("");
                vm.update(e.getRowValue().withTitle(e.getNewValue().strip()));
            } else {
                vm.editProblemProperty().set(Messages.get("action.edit.titleRequired", e.getRowValue().title()));
                e.getTableView().refresh();
            }
        });
        return c;
    }

    private static TableColumn<Action, Stakeholder> ownerColumn(ActionsViewModel vm) {
        TableColumn<Action, Stakeholder> c = new TableColumn<>(Messages.get("action.field.owner"));
        c.setPrefWidth(130);
        c.setMinWidth(110); // a first name and surname whole
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(vm.owners().stream()
                .filter(s -> d.getValue().ownerId() != null && s.id() == d.getValue().ownerId()).findFirst().orElse(null)));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(DisplayConverter.of(Stakeholder::name), vm.owners()));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.comparing(Stakeholder::name)));
        c.setOnEditCommit(e -> vm.update(e.getRowValue().withOwner(e.getNewValue() == null ? null : e.getNewValue().id())));
        return c;
    }

    private static TableColumn<Action, LocalDate> dueColumn(ActionsViewModel vm) {
        TableColumn<Action, LocalDate> c = new TableColumn<>(Messages.get("action.field.due"));
        c.setPrefWidth(100);
        c.setMinWidth(96);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().due()));
        c.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null || date == NOT_A_DATE ? "" : Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                nl.mviwerkboek.shared.i18n.Reading<LocalDate> date = Formats.readDate(text);
                vm.editProblemProperty().set(date.ok() ? ""
                        : Messages.get("action.edit.dueRefused", text.strip(), date.problem()));
                return date.ok() ? date.value() : NOT_A_DATE;
            }
        }));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        c.setOnEditCommit(e -> {
            if (e.getNewValue() == NOT_A_DATE) {
                e.getTableView().refresh();
            } else {
                vm.update(e.getRowValue().withDue(e.getNewValue()));
            }
        });
        return c;
    }

    private static TableColumn<Action, ActionStatus> statusColumn(ActionsViewModel vm) {
        TableColumn<Action, ActionStatus> c = new TableColumn<>(Messages.get("action.field.status"));
        c.setPrefWidth(110);
        c.setMinWidth(100); // "Uitgesteld" whole
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().status()));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(new LabelConverter<>(), ActionStatus.values()));
        c.setOnEditCommit(e -> vm.update(e.getRowValue().withStatus(e.getNewValue())));
        return c;
    }
}
