package nl.mviwerkboek.spend;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.spend.analysis.FilterBar;
import org.kordamp.ikonli.javafx.FontIcon;
import nl.mviwerkboek.shared.ui.DialogWindows;

/**
 * Chapter "Spendanalyse": the classified share and filters above tabs that go from importing exports
 * through classification, spend, suppliers, thresholds and contracts to priorities.
 */
public final class SpendView extends VBox {

    private final SpendImportFlow flow;

    /** The page; imports go through {@code flow}. */
    public SpendView(SpendChapterModels models, SpendImportFlow flow, Dialogs dialogs, UiCallbacks ui) {
        this.flow = flow;
        SpendViewModel vm = models.spend();
        setId("spend-view");
        Label totals = new Label();
        totals.setId("spend-totals");
        totals.getStyleClass().add("next-step");
        totals.setGraphic(new FontIcon("mdi2c-cash-multiple"));
        totals.textProperty().bind(vm.totalsProperty());

        Button importButton = Controls.button("spend-import", "spend.action.import", "mdi2f-file-import-outline");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> flow.chooseAndImport());
        Button problems = Controls.button("spend-problems", "spend.action.problems", "mdi2a-alert-circle-outline");
        problems.disableProperty().bind(vm.hasSelection().not());
        problems.setOnAction(e -> {
            ImportRecord r = vm.selectedProperty().get();
            ui.then(vm.service().problems(r.id()),
                    list -> DialogWindows.prepare(new ImportProblemsDialog(getScene().getWindow(), r, list, dialogs)).showAndWait());
        });
        Button delete = Controls.button("spend-delete", "spend.action.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(vm.hasSelection().not());
        delete.setOnAction(e -> {
            ImportRecord r = vm.selectedProperty().get();
            if (dialogs.confirm(Messages.get("spend.delete.title"), Messages.get("spend.delete.message",
                    r.fileName(), r.rowsImported()), Messages.get("button.delete"))) {
                vm.delete(r);
            }
        });

        VBox importPage = new VBox(16, totals, new HBox(8, importButton, problems, delete),
                Headings.section("spend.history"), history(vm), Headings.intro("spend.dropHint"));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox heading = new HBox(16, Headings.title(Chapter.SPENDANALYSE.label()), gap,
                new ClassifiedShareLine(models.analysis()));
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.control.TabPane tabs = AnalysisTabs.create(importPage, models, dialogs, ui);
        nl.mviwerkboek.shared.ui.Accessible.name(tabs, "a11y.chapter.tabs", Chapter.SPENDANALYSE.label());
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        setSpacing(12);
        getChildren().addAll(heading, Headings.intro(Chapter.SPENDANALYSE.purposeKey()),
                new FilterBar(models.analysis()), tabs);
        getStyleClass().add("chapter-page");
        setPadding(new Insets(20, 28, 12, 28));
    }

    /** Starts an import of a file dropped on the window. */
    public void importFile(Path file) {
        flow.importFile(file);
    }

    private static TableView<ImportRecord> history(SpendViewModel vm) {
        TableView<ImportRecord> table = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>(vm.imports()));
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.spend.imports");
        table.setId("spend-imports");
        table.setPrefHeight(260);
        table.setPlaceholder(new Label(Messages.get("spend.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("spend.history.file", ImportRecord::fileName, 180));
        table.getColumns().add(Controls.column("spend.history.when", r -> Formats.date(
                r.importedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), 140));
        table.getColumns().add(Controls.column("spend.history.period", r -> r.firstDate() == null ? String.valueOf(
                r.fixedYear()) : Formats.date(r.firstDate()) + " – " + Formats.date(r.lastDate()), 210));
        table.getColumns().get(2).setMinWidth(205); // two whole dates
        table.getColumns().add(Controls.column("spend.history.rows", r -> Formats.number(r.rowsImported()), 80));
        table.getColumns().add(Controls.column("spend.history.skipped", r -> Formats.number(r.rowsSkipped()), 120));
        table.getColumns().add(Controls.column("spend.history.total", r -> Formats.amount(r.totalCents()), 130));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        return table;
    }

}
