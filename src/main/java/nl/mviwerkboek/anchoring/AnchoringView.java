package nl.mviwerkboek.anchoring;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;

/** Chapter "Verankering": the checklist as a grid — measure, status, owner, evidence, date — and a field to add an own item. */
public final class AnchoringView extends VBox {

    private final AnchoringViewModel vm;
    private final Dialogs dialogs;
    private final GridPane grid = new GridPane();

    private AnchoringView(AnchoringViewModel vm, Dialogs dialogs) {
        super(12);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("anchoring-view");
        Label count = new Label();
        count.setId("anchoring-count");
        count.getStyleClass().add("next-step");
        count.textProperty().bind(vm.countText());
        grid.setId("anchoring-grid");
        grid.getStyleClass().add("anchoring-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        // within the main window's smallest content width (about 900 px): a whole date, a whole owner's name
        grid.getColumnConstraints().addAll(grow(190), new ColumnConstraints(128), new ColumnConstraints(190), grow(140),
                new ColumnConstraints(150), new ColumnConstraints(36));
        vm.rows().addListener((ListChangeListener<AnchoringViewModel.Row>) c -> draw());
        TextField title = Fields.text("anchoring-new-title", vm.newTitleProperty(), Messages.get("anchoring.newPrompt"));
        nl.mviwerkboek.shared.ui.Accessible.name(title, "a11y.anchoring.newTitle");
        title.setOnAction(e -> vm.add());
        HBox.setHgrow(title, Priority.ALWAYS);
        Button add = Controls.button("anchoring-add", "anchoring.action.add", "mdi2p-plus");
        add.disableProperty().bind(vm.newTitleProperty().isEmpty());
        add.setOnAction(e -> vm.add());
        HBox addRow = new HBox(8, title, add);
        addRow.setMaxWidth(640);
        getChildren().addAll(Controls.hint("anchoring.intro"), count, grid, addRow);
        draw();
    }

    /** The chapter page around the checklist. */
    public static VBox create(AnchoringViewModel vm, Dialogs dialogs) {
        return ChapterTabs.page("anchoring-chapter", Chapter.VERANKERING, ChapterTabs.pane("anchoring-tabs",
                ChapterTabs.tab("tab-anchoring", "anchoring.tab", new AnchoringView(vm, dialogs))));
    }

    private static ColumnConstraints grow(double min) {
        ColumnConstraints c = new ColumnConstraints(min, min, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private void draw() {
        grid.getChildren().clear();
        String[] heads = {"anchoring.head.measure", "anchoring.head.status", "anchoring.head.owner",
            "anchoring.head.evidence", "anchoring.head.date"};
        for (int i = 0; i < heads.length; i++) {
            Label head = new Label(Messages.get(heads[i]));
            head.getStyleClass().add("grid-head");
            head.setWrapText(true); // "Bewijs of toelichting" on two lines rather than cut
            grid.add(head, i, 0);
        }
        int r = 1;
        for (AnchoringViewModel.Row row : vm.rows()) {
            long id = row.item().id();
            Label title = new Label(row.item().displayTitle());
            title.setWrapText(true);
            title.getStyleClass().add("anchoring-title");
            VBox what = new VBox(2, title);
            if (row.item().measure() != null) {
                Label hint = new Label(Messages.get(row.item().measure().hintKey()));
                hint.setWrapText(true);
                hint.getStyleClass().add("form-hint");
                what.getChildren().add(hint);
            }
            javafx.scene.control.ComboBox<AnchoringStatus> status = Fields.choice("anchoring-status-" + id,
                    row.statusProperty(), AnchoringStatus.values());
            status.setMaxWidth(Double.MAX_VALUE);
            HBox owner = Fields.optionalChoice("anchoring-owner-" + id, row.ownerProperty(), vm.people(),
                    Stakeholder::name, "anchoring.noOwner");
            TextField evidence = Fields.text("anchoring-evidence-" + id, row.evidenceProperty(),
                    Messages.get("anchoring.evidencePrompt"));
            javafx.scene.control.DatePicker date = Fields.date("anchoring-date-" + id, row.dateProperty());
            date.setMaxWidth(Double.MAX_VALUE);
            owner.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.Node[] cells = {status, owner, evidence, date};
            for (int i = 0; i < cells.length; i++) {
                nl.mviwerkboek.shared.ui.Accessible.nameAs(cells[i], Messages.get("a11y.grid.cell", Messages.get(heads[i + 1]),
                        row.item().displayTitle()));
            }
            grid.addRow(r, what, status, owner, evidence, Fields.checked(date));
            if (row.item().measure() == null) {
                Button delete = new Button("", new org.kordamp.ikonli.javafx.FontIcon("mdi2d-delete-outline"));
                delete.setId("anchoring-delete-" + id);
                delete.setAccessibleText(Messages.get("anchoring.action.delete"));
                delete.setOnAction(e -> {
                    if (dialogs.confirm(Messages.get("anchoring.delete.title"), Messages.get("anchoring.delete.message",
                            row.item().displayTitle()), Messages.get("button.delete"))) {
                        vm.delete(row);
                    }
                });
                grid.add(delete, 5, r);
            }
            r++;
        }
        grid.getChildren().forEach(n -> GridPane.setValignment(n, javafx.geometry.VPos.CENTER));
        grid.setAlignment(Pos.TOP_LEFT);
    }
}
