package nl.mviwerkboek.focus;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import java.util.List;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.TableKeys;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.TableActions;

/** The goals tab: goals per focus theme with their measurability, and the progress entries of the selected goal. */
final class GoalsView extends VBox {

    private final GoalsViewModel vm;
    private final Dialogs dialogs;

    GoalsView(GoalsViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("goals-view");
        Label noFocus = Controls.notice("goals-no-focus", "notice-warning", "mdi2i-information-outline",
                Bindings.when(vm.noFocus()).then(Messages.get("goal.noFocus")).otherwise(""));
        Label measurable = new Label();
        measurable.setId("goals-measurable");
        measurable.getStyleClass().add("next-step");
        measurable.textProperty().bind(vm.measurableText());
        Button add = Controls.button("goal-add", "goal.action.add", "mdi2p-plus");
        add.disableProperty().bind(vm.noFocus());
        add.setOnAction(e -> new GoalDialog(getScene().getWindow(), vm.newForm()).ask().ifPresent(vm::add));
        Button[] editDelete = Controls.editAndDelete("goal", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        HBox filter = Fields.optionalChoice("goal-filter", vm.themeFilterProperty(), vm.focusThemes(), Theme::name,
                "goal.filter.all");
        nl.mviwerkboek.shared.ui.Accessible.nameAs(filter, Messages.get("a11y.goal.filter"));
        filter.setPrefWidth(320);
        TableView<Goal> goals = goalTable();
        TableKeys.wire(goals, add, editDelete[0], editDelete[1]);
        HBox progressButtons = progressButtons();
        TableView<ProgressEntry> progress = progressTable();
        TableKeys.wire(progress, (Button) progressButtons.getChildren().get(0), null,
                (Button) progressButtons.getChildren().get(1));
        getChildren().addAll(Controls.hint("goal.intro"), noFocus, measurable,
                new HBox(8, add, editDelete[0], editDelete[1], filter), goals,
                Headings.section("progress.title"), Controls.hint("progress.intro"), progressButtons, progress);
    }

    private TableView<Goal> goalTable() {
        TableView<Goal> table = Controls.table("goal-table", vm.goals(), 360, "goal.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.goal.table");
        table.getColumns().add(Controls.wrappingColumn("goal.field.theme", vm::themeName, 150));
        table.getColumns().add(Controls.wrappingColumn("goal.field.statement", Goal::statement, 260));
        table.getColumns().add(Controls.wrappingColumn("goal.field.indicator", Goal::indicator, 170));
        table.getColumns().add(Controls.minWidth(Controls.wrappingColumn("goal.field.baseline",
                g -> GoalsViewModel.valueText(g.baselineValue(), g.baselineYear(), g.unit()), 112), 112));
        table.getColumns().add(Controls.minWidth(Controls.wrappingColumn("goal.field.target",
                g -> GoalsViewModel.valueText(g.targetValue(), g.targetYear(), g.unit()), 128), 128));
        table.getColumns().add(Controls.wrappingColumn("goal.field.owner", vm::ownerName, 120));
        table.getColumns().add(qualityColumn());
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        return table;
    }

    private static TableColumn<Goal, String> qualityColumn() {
        TableColumn<Goal, String> c = Controls.column("goal.field.quality", GoalQuality::describe, 170);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();
            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                text.getStyleClass().setAll(empty || item == null ? List.of()
                        : List.of(item.equals(Messages.get("goal.quality.ok")) ? "quality-ok" : "quality-missing"));
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }

    private HBox progressButtons() {
        Button add = Controls.button("progress-add", "progress.action.add", "mdi2p-plus");
        add.disableProperty().bind(vm.hasSelection().not());
        add.setOnAction(e -> new ProgressDialog(getScene().getWindow(), vm.progressForm()).ask()
                .ifPresent(vm::addProgress));
        Button delete = Controls.button("progress-delete", "progress.action.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(vm.selectedProgressProperty().isNull());
        delete.setOnAction(e -> {
            ProgressEntry entry = vm.selectedProgressProperty().get();
            if (dialogs.confirm(Messages.get("progress.delete.title"), Messages.get("progress.delete.message",
                    Formats.date(entry.date())), Messages.get("button.delete"))) {
                vm.deleteProgress(entry);
            }
        });
        return new HBox(8, add, delete);
    }

    private TableView<ProgressEntry> progressTable() {
        TableView<ProgressEntry> table = Controls.table("progress-table", vm.progress(), 180, "progress.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.progress.table");
        table.getColumns().add(Controls.dateColumn("progress.field.date", ProgressEntry::date));
        table.getColumns().add(Controls.column("progress.field.value", e -> Formats.measure(e.value()), 120));
        table.getColumns().add(Controls.wrappingColumn("progress.field.note", ProgressEntry::note, 400));
        table.getSelectionModel().selectedItemProperty()
                .addListener((o, old, now) -> vm.selectedProgressProperty().set(now));
        return table;
    }

    private void editSelected() {
        new GoalDialog(getScene().getWindow(), vm.editForm()).ask().ifPresent(vm::update);
    }

    private void deleteSelected() {
        Goal g = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("goal.delete.title"), Messages.get("goal.delete.message", g.statement()),
                Messages.get("button.delete"))) {
            vm.delete(g);
        }
    }
}
