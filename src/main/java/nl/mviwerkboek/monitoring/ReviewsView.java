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
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.TableActions;

/** The reviews tab: the next review, what changed since the last, the reviews, and the actions changed before the selected one. */
final class ReviewsView extends VBox {

    private final ReviewsViewModel vm;
    private final Dialogs dialogs;

    ReviewsView(ReviewsViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("reviews-view");
        Label next = new Label();
        next.setId("review-next-date");
        next.getStyleClass().add("next-step");
        next.textProperty().bind(vm.nextText());
        Button add = Controls.button("review-add", "review.action.add", "mdi2c-calendar-plus");
        add.setOnAction(e -> new ReviewDialog(getScene().getWindow(), vm.newForm()).ask().ifPresent(vm::save));
        Button[] editDelete = Controls.editAndDelete("review", vm.hasSelection(), this::editSelected,
                this::deleteSelected);
        TableView<Review> table = Controls.table("review-table", vm.reviews(), 150, "review.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.review.table");
        table.getColumns().add(Controls.dateColumn("review.field.date", Review::heldOn));
        table.getColumns().add(Controls.column("review.field.kind", r -> r.kind().label(), 130));
        table.getColumns().add(Controls.wrappingColumn("review.field.notes", Review::notes, 300));
        table.getColumns().add(Controls.wrappingColumn("review.field.decisions", Review::decisions, 260));
        table.getColumns().add(Controls.dateColumn("review.field.next", Review::nextOn));
        TableActions.wire(table, vm.selectedProperty(), this::editSelected, this::deleteSelected);
        TableKeys.wire(table, add, editDelete[0], editDelete[1]);
        Label changesTitle = new Label();
        changesTitle.setId("review-changes-title");
        changesTitle.textProperty().bind(vm.changesTitle());
        getChildren().addAll(Controls.hint("review.intro"), next, Headings.section("review.agenda.title"),
                nl.mviwerkboek.shared.ui.Accessible.name(changes("review-agenda", vm.agenda(), "review.agenda.empty"), "a11y.review.agenda"), new HBox(8, add, editDelete[0], editDelete[1]), table,
                changesTitle, nl.mviwerkboek.shared.ui.Accessible.name(changes("review-changes", vm.changes(), "review.changes.empty"), "a11y.review.changes"));
        changesTitle.getStyleClass().add("section-title");
    }

    private static TableView<ChangedAction> changes(String id, javafx.collections.ObservableList<ChangedAction> items,
                                                    String emptyKey) {
        TableView<ChangedAction> table = Controls.table(id, items, 170, emptyKey);
        table.getColumns().add(Controls.wrappingColumn("review.changes.action", c -> c.action().title(), 360));
        table.getColumns().add(Controls.column("review.changes.what", ChangedAction::describe, 200));
        table.getColumns().add(Controls.column("review.changes.due", c -> c.action().due() == null ? ""
                : Formats.date(c.action().due()), 100));
        return table;
    }

    private void editSelected() {
        new ReviewDialog(getScene().getWindow(), vm.editForm()).ask().ifPresent(vm::save);
    }

    private void deleteSelected() {
        Review r = vm.selectedProperty().get();
        if (dialogs.confirm(Messages.get("review.delete.title"), Messages.get("review.delete.message",
                Formats.date(r.heldOn())), Messages.get("button.delete"))) {
            vm.delete(r);
        }
    }
}
