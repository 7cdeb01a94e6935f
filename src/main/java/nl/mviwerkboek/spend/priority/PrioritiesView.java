package nl.mviwerkboek.spend.priority;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.PngFiles;

/** Tab "Prioriteiten": the priority list with focus choices, the matrix, promising tenders and the praatplaat. */
public final class PrioritiesView extends VBox {

    /** The tab bound to its view-model. */
    public PrioritiesView(PrioritiesViewModel vm, Dialogs dialogs, nl.mviwerkboek.shared.task.UiCallbacks ui) {
        super(12);
        setId("priorities-view");
        Label themes = new Label();
        themes.setId("priorities-themes");
        themes.setWrapText(true);
        themes.getStyleClass().add("form-hint");
        themes.textProperty().bind(vm.themesTextProperty());
        Button praatplaat = Controls.button("praatplaat-export", "praatplaat.action", "mdi2i-image-outline");
        praatplaat.getStyleClass().add("accent");
        praatplaat.disableProperty().bind(vm.pictureProperty().isNull());
        praatplaat.setOnAction(e -> dialogs.chooseSavePng(Messages.get("praatplaat.save"), Messages.get("praatplaat.fileName"))
                .ifPresent(file -> {
                    Praatplaat picture = new Praatplaat(vm.pictureProperty().get());
                    new javafx.scene.Scene(picture);
                    picture.applyCss();
                    picture.layout();
                    ui.then(vm.savePng(PngFiles.snapshot(picture, 1.5), file), saved -> dialogs.showInfo(
                            Messages.get("praatplaat.saved.title"), Messages.get("praatplaat.saved",
                                    saved.getFileName())));
                }));
        getChildren().addAll(themes, table(vm), Headings.section("priority.matrix.title"),
                new HBox(16, new PriorityMatrix(vm.ranked()), new VBox(12, PriorityColours.legendColumn(), legend())),
                Headings.section("priority.opportunities.title"),
                opportunities(vm), Headings.section("praatplaat.title.section"), Controls.hint("praatplaat.hint"), praatplaat);
    }

    private static TableView<GroupPriority> table(PrioritiesViewModel vm) {
        TableView<GroupPriority> t = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>(vm.ranked()));
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.priorities.table");
        t.setId("priorities-table");
        t.setPrefHeight(330);
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("priority.none")));
        t.getColumns().add(Controls.column("priority.col.rank", g -> String.valueOf(g.rank()), 50));
        t.getColumns().add(Controls.column("priority.col.group", g -> g.group().name(), 230));
        t.getColumns().add(Controls.amountColumn("analysis.col.amount", GroupPriority::spendCents, 130));
        t.getColumns().add(Controls.column("priority.col.impact", g -> Formats.decimal(Math.round(g.impact() * 10)
                / 10.0), 110));
        t.getColumns().add(Controls.column("priority.col.priority", g -> g.priority().label(), 90));
        t.getColumns().add(Controls.amountColumn("priority.col.ending", GroupPriority::endingContractsCents, 170));
        TableColumn<GroupPriority, Boolean> focus = new TableColumn<>(Messages.get("priority.col.focus"));
        focus.setEditable(true);
        focus.setPrefWidth(90);
        focus.setCellValueFactory(cell -> {
            GroupPriority g = cell.getValue();
            SimpleBooleanProperty p = new SimpleBooleanProperty(g.group().focus());
            p.addListener((o, old, now) -> vm.setFocus(g, now));
            return p;
        });
        focus.setCellFactory(col -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                GroupPriority row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (getGraphic() != null && row != null) {
                    nl.mviwerkboek.shared.ui.Accessible.name(getGraphic(), "a11y.priority.focus", row.group().name());
                }
            }
        });
        t.getColumns().add(focus);
        return t;
    }

    private static Label legend() {
        Label l = new Label(Messages.get("priority.matrix.legend"));
        l.setWrapText(true);
        l.setMaxWidth(280);
        l.getStyleClass().add("form-hint");
        return l;
    }

    private static TableView<Opportunity> opportunities(PrioritiesViewModel vm) {
        TableView<Opportunity> t = Controls.table("opportunities-table", vm.opportunities(), 260, "priority.opportunities.none");
        nl.mviwerkboek.shared.ui.Accessible.name(t, "a11y.opportunities.table");
        t.getColumns().add(Controls.column("priority.col.tenderBy", o -> Formats.date(o.tenderBy()), 110));
        t.getColumns().add(Controls.column("contract.col.title", o -> o.contract().title(), 260));
        t.getColumns().add(Controls.column("priority.col.group", o -> o.groupName() == null ? "" : o.groupName(), 180));
        t.getColumns().add(Controls.column("priority.col.priority", o -> o.priority().label()
                + (o.focusGroup() ? " · " + Messages.get("priority.focusMark") : ""), 140));
        t.getColumns().add(Controls.amountColumn("contract.col.value", o -> o.contract().valueCents(), 120));
        t.getColumns().add(Controls.column("contract.col.mvi", o -> Messages.get(o.contract().mviApplied()
                ? "contract.yes" : "contract.no"), 70));
        return t;
    }
}
