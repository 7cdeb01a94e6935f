package nl.mviwerkboek.actions;

import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.TableActions;
import org.kordamp.ikonli.javafx.FontIcon;

/** The action list tab: filters, the table with in-place editing and a status change for several actions, and the log of the selected action. */
final class ActionsView extends VBox {

    private final ActionsViewModel vm;
    private final Dialogs dialogs;

    ActionsView(ActionsViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("actions-view");
        Label count = new Label();
        count.setId("action-count");
        count.getStyleClass().add("next-step");
        count.textProperty().bind(vm.countText());
        TableView<Action> table = ActionTable.create(vm);
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label editProblem = new Label();
        editProblem.setId("action-edit-error");
        editProblem.getStyleClass().add("field-error");
        editProblem.setWrapText(true);
        editProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.editProblemProperty().get().isEmpty() ? "" : "⚠ " + vm.editProblemProperty().get(),
                vm.editProblemProperty()));
        editProblem.visibleProperty().bind(vm.editProblemProperty().isNotEmpty());
        editProblem.managedProperty().bind(editProblem.visibleProperty());
        getChildren().addAll(Controls.hint("action.intro"), filters(), buttons(table), count, table, editProblem, log());
    }

    private FlowPane filters() {
        HBox status = choice("action-filter-status", vm.statusFilterProperty(), ActionStatus.values(), "action.filter.status");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(status, Messages.get("a11y.action.filterStatus"));
        HBox kind = choice("action-filter-kind", vm.kindFilterProperty(), ActionKind.values(), "action.filter.kind");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(kind, Messages.get("a11y.action.filterKind"));
        HBox owner = Fields.optionalChoice("action-filter-owner", vm.ownerFilterProperty(), vm.owners(),
                Stakeholder::name, "action.filter.owner");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(owner, Messages.get("a11y.action.filterOwner"));
        HBox theme = Fields.optionalChoice("action-filter-theme", vm.themeFilterProperty(), vm.themes(), Theme::name,
                "action.filter.theme");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(theme, Messages.get("a11y.action.filterTheme"));
        for (HBox box : new HBox[] {status, kind, owner, theme}) {
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Alle statussen" whole at any zoom
        }
        CheckBox overdue = new CheckBox(Messages.get("action.filter.overdue"));
        overdue.setId("action-filter-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        CheckBox quarter = new CheckBox(Messages.get("action.filter.quarter"));
        quarter.setId("action-filter-quarter");
        quarter.selectedProperty().bindBidirectional(vm.thisQuarterOnlyProperty());
        Button clear = Controls.button("action-filter-clear", "action.filter.clear", "mdi2f-filter-remove-outline");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane bar = new FlowPane(8, 8, status, kind, owner, theme, overdue, quarter, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static <T extends Labelled> HBox choice(String id, javafx.beans.property.ObjectProperty<T> value, T[] values,
                                                     String promptKey) {
        return Fields.optionalChoice(id, value, Arrays.asList(values), Labelled::label, promptKey);
    }

    private HBox buttons(TableView<Action> table) {
        Button add = Controls.button("action-add", "action.action.add", "mdi2p-plus");
        add.setOnAction(e -> new ActionDialog(getScene().getWindow(), vm.newForm(), "action.dialog.addTitle").ask()
                .ifPresent(vm::add));
        Button[] editDelete = Controls.editAndDelete("action", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        MenuButton status = new MenuButton(Messages.get("action.action.setStatus"), new FontIcon("mdi2s-swap-horizontal"));
        status.setId("action-set-status");
        status.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chosen()));
        for (ActionStatus s : ActionStatus.values()) {
            MenuItem item = new MenuItem(s.label());
            item.setId("action-set-status-" + s.code());
            item.setOnAction(e -> vm.setStatusOfChosen(s));
            status.getItems().add(item);
        }
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);
        return new HBox(8, add, editDelete[0], editDelete[1], status);
    }

    private VBox log() {
        Label title = new Label();
        title.setId("action-log-title");
        title.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("action.log.none") : vm.selectedProperty().get().title(), vm.selectedProperty()));
        TableView<ActionNote> notes = Controls.table("action-log", vm.notes(), 150, "action.log.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(notes, "a11y.action.notes");
        notes.getColumns().add(Controls.dateColumn("action.log.date", ActionNote::date));
        notes.getColumns().add(Controls.wrappingColumn("action.log.text", ActionNote::text, 500));
        TextField text = Fields.text("action-note-text", vm.newNoteProperty(), Messages.get("action.log.prompt"));
        text.disableProperty().bind(vm.hasSelection().not());
        text.setOnAction(e -> vm.addNote());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = Controls.button("action-note-add", "action.log.add", "mdi2n-note-plus-outline");
        add.disableProperty().bind(vm.hasSelection().not().or(vm.newNoteProperty().isEmpty()));
        add.setOnAction(e -> vm.addNote());
        Button delete = Controls.button("action-note-delete", "action.log.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(notes.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            ActionNote n = notes.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(Messages.get("action.log.deleteTitle"), Messages.get("action.log.deleteMessage",
                    Formats.date(n.date())), Messages.get("button.delete"))) {
                vm.deleteNote(n);
            }
        });
        return new VBox(8, Headings.section("action.log.heading"), title, new HBox(8, text, add, delete), notes);
    }

    private void editSelected() {
        new ActionDialog(getScene().getWindow(), vm.editForm(), "action.dialog.editTitle").ask().ifPresent(vm::update);
    }

    private void deleteSelected() {
        Action a = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("action.delete.title"), Messages.get("action.delete.message", a.title()),
                Messages.get("button.delete"))) {
            vm.delete(a);
        }
    }
}
