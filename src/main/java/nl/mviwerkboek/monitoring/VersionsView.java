package nl.mviwerkboek.monitoring;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.DisplayConverter;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.TableActions;

/** The yearly versions tab: the versions kept, "Jaarversie vastleggen", and a comparison of two versions. */
final class VersionsView extends VBox {

    private final VersionsViewModel vm;
    private final Dialogs dialogs;

    VersionsView(VersionsViewModel vm, Dialogs dialogs) {
        super(10);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("versions-view");
        Button take = Controls.button("version-take", "version.action.takeDots", "mdi2c-camera-outline");
        take.getStyleClass().add("accent");
        take.disableProperty().bind(vm.busyProperty());
        take.setOnAction(e -> new VersionDialog(getScene().getWindow(), vm.newForm()).ask().ifPresent(vm::take));
        Button delete = Controls.button("version-delete", "version.action.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("version-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(8, take, delete, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        TableView<PlanVersion> table = Controls.table("version-table", vm.versions(), 160, "version.table.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.version.table");
        table.getColumns().add(Controls.column("version.field.label", PlanVersion::label, 140));
        table.getColumns().add(Controls.dateColumn("version.field.takenOn", PlanVersion::takenOn));
        table.getColumns().add(Controls.wrappingColumn("version.field.note", PlanVersion::note, 400));
        TableActions.wire(table, vm.selectedProperty(), null, this::deleteSelected);
        getChildren().addAll(Controls.hint("version.intro"), buttons, table, Headings.section("version.compare.title"),
                compareBar(), result(), differences());
    }

    private HBox compareBar() {
        ComboBox<VersionsViewModel.Side> from = side("version-from", vm.fromProperty());
        ComboBox<VersionsViewModel.Side> to = side("version-to", vm.toProperty());
        Button compare = Controls.button("version-compare", "version.action.compare", "mdi2c-compare-horizontal");
        compare.disableProperty().bind(vm.canCompare().not());
        compare.setOnAction(e -> vm.compare());
        Label fromLabel = new Label(Messages.get("version.compare.from"));
        Label toLabel = new Label(Messages.get("version.compare.to"));
        nl.mviwerkboek.shared.ui.Accessible.labelled(fromLabel, from);
        nl.mviwerkboek.shared.ui.Accessible.labelled(toLabel, to);
        HBox bar = new HBox(8, fromLabel, from, toLabel, to, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<VersionsViewModel.Side> side(String id, javafx.beans.property.ObjectProperty<VersionsViewModel.Side> value) {
        ComboBox<VersionsViewModel.Side> box = new ComboBox<>(vm.sides());
        box.setId(id);
        box.setConverter(DisplayConverter.of(VersionsViewModel.Side::label));
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(260);
        return box;
    }

    private Label result() {
        Label text = new Label();
        text.setId("version-compare-result");
        text.getStyleClass().add("next-step");
        text.textProperty().bind(vm.comparedText());
        return text;
    }

    private TableView<Difference> differences() {
        TableView<Difference> table = Controls.table("version-differences", vm.differences(), 320,
                "version.compare.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.version.differences");
        table.getColumns().add(Controls.column("version.diff.part", d -> d.part().label(), 90));
        table.getColumns().add(Controls.wrappingColumn("version.diff.subject", Difference::subject, 320));
        table.getColumns().add(Controls.wrappingColumn("version.diff.before", Difference::before, 200));
        table.getColumns().add(Controls.wrappingColumn("version.diff.after", Difference::after, 200));
        return table;
    }

    private void deleteSelected() {
        PlanVersion v = vm.selectedProperty().get();
        if (v != null && dialogs.confirm(Messages.get("version.delete.title"), Messages.get("version.delete.message",
                v.label()), Messages.get("button.delete"))) {
            vm.delete(v);
        }
    }
}
