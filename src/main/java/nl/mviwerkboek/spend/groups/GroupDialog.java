package nl.mviwerkboek.spend.groups;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.Scores;
import nl.mviwerkboek.shared.ui.DialogWindows;
import nl.mviwerkboek.shared.ui.TextAreaTabs;

/** Adds or changes a product group: names, kind of procurement, CPV prefix and indicative impact (0–3). */
final class GroupDialog extends Dialog<ButtonType> {

    private final ProductGroup original;
    private final SimpleStringProperty name = new SimpleStringProperty();
    private final SimpleStringProperty cluster = new SimpleStringProperty();
    private final SimpleStringProperty description = new SimpleStringProperty();
    private final SimpleStringProperty cpv = new SimpleStringProperty();
    private final SimpleStringProperty basis = new SimpleStringProperty();
    private final SimpleObjectProperty<ProcurementKind> kind = new SimpleObjectProperty<>();
    private final Map<ImpactDimension, Spinner<Integer>> scores = new EnumMap<>(ImpactDimension.class);
    private final ButtonType save;

    GroupDialog(Window owner, ProductGroup group) {
        initOwner(owner);
        original = group;
        boolean isNew = group == null;
        setTitle(Messages.get(isNew ? "groups.dialog.addTitle" : "groups.dialog.editTitle"));
        setHeaderText(getTitle());
        getDialogPane().setId("group-dialog");
        name.set(isNew ? "" : group.name());
        cluster.set(isNew ? "" : group.cluster());
        description.set(isNew ? "" : group.description());
        cpv.set(isNew || group.cpvPrefix() == null ? "" : group.cpvPrefix());
        basis.set(isNew ? Messages.get("groups.dialog.ownBasis") : group.impactBasis());
        kind.set(isNew ? ProcurementKind.SERVICES : group.kind());
        FormGrid form = new FormGrid();
        form.add("groups.field.name", Fields.text("group-name", name), null);
        form.add("groups.field.cluster", Fields.text("group-cluster", cluster), null);
        form.add("groups.field.description", Fields.text("group-description", description), null);
        ComboBox<ProcurementKind> kindBox = Fields.choice("group-kind", kind, ProcurementKind.values());
        kindBox.setMaxWidth(Double.MAX_VALUE);
        form.add("groups.field.kind", kindBox, null);
        form.add("groups.field.cpv", Fields.text("group-cpv", cpv), null);
        for (ImpactDimension d : ImpactDimension.values()) {
            Spinner<Integer> s = Scores.spinner("group-impact-" + d.code(), 0, 3, isNew ? 0 : group.impactOf(d));
            s.setPrefWidth(90);
            scores.put(d, s);
            form.addRow(d.label(), s);
        }
        TextArea basisArea = new TextArea();
        basisArea.setId("group-basis");
        basisArea.setWrapText(true);
        basisArea.setPrefRowCount(3);
        basisArea.textProperty().bindBidirectional(basis);
        TextAreaTabs.install(basisArea);
        form.add("groups.field.basis", basisArea, null);
        form.addHint(Messages.get("groups.dialog.hint"));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(scroll);
        save = DialogButtons.confirmAndCancel(this, isNew ? "button.add" : "button.save", "group-save",
                "group-cancel", name.isNotEmpty().and(cluster.isNotEmpty()));
    }

    /** Shows the dialog; the group as entered (id 0 when new) when the user saved. */
    Optional<ProductGroup> ask() {
        return DialogWindows.prepare(this).showAndWait().filter(b -> b == save).map(b -> {
            Map<ImpactDimension, Integer> impact = new EnumMap<>(ImpactDimension.class);
            scores.forEach((d, s) -> impact.put(d, s.getValue()));
            ProductGroup o = original;
            return new ProductGroup(o == null ? 0 : o.id(), o == null ? "" : o.code(), cluster.get().strip(),
                    name.get().strip(), description.get().strip(), cpv.get().strip(), kind.get(), basis.get().strip(),
                    o == null ? 0 : o.position(), o != null && o.archived(), o == null ? null : o.mergedInto(),
                    o != null && o.focus(), Map.copyOf(impact));
        });
    }
}
