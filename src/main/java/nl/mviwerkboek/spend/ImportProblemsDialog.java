package nl.mviwerkboek.spend;

import java.io.IOException;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.exchange.CsvReport;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import org.kordamp.ikonli.javafx.FontIcon;

/** The rows an import skipped or doubted, with an export to CSV for colleagues in finance. */
final class ImportProblemsDialog extends Dialog<Void> {

    ImportProblemsDialog(Window owner, ImportRecord record, List<ImportProblem> problems, Dialogs dialogs) {
        initOwner(owner);
        setTitle(Messages.get("spend.problems.title"));
        setHeaderText(Messages.get("spend.problems.header", record.fileName(), problems.size()));
        getDialogPane().setId("problems-dialog");
        TableView<ImportProblem> table = nl.mviwerkboek.shared.ui.TableHeaders.fit(new TableView<>());
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.problems.table");
        table.setId("problems-table");
        table.getItems().setAll(problems);
        table.setPlaceholder(new Label(Messages.get("spend.problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.column("spend.wizard.col.row", p -> Formats.number(p.row()), 70));
        table.getColumns().add(Controls.column("spend.problems.column", p -> p.column() == null ? "" : p.column(), 180));
        table.getColumns().add(Controls.column("spend.problems.value", p -> p.value() == null ? "" : p.value(), 200));
        table.getColumns().add(Controls.column("spend.problems.reason", p -> p.reason().label(), 320));
        Button export = new Button(Messages.get("spend.problems.export"), new FontIcon("mdi2f-file-delimited-outline"));
        export.setId("problems-export");
        export.setDisable(problems.isEmpty());
        export.setOnAction(e -> dialogs.chooseSaveCsv(Messages.get("spend.problems.export"),
                record.fileName().replaceFirst("\\.[^.]+$", "") + "-overgeslagen.csv").ifPresent(file -> {
                    try {
                        CsvReport.write(file, List.of(Messages.get("spend.wizard.col.row"),
                                Messages.get("spend.problems.column"), Messages.get("spend.problems.value"),
                                Messages.get("spend.problems.reason")), problems.stream().map(p -> List.of(
                                String.valueOf(p.row()), p.column() == null ? "" : p.column(),
                                p.value() == null ? "" : p.value(), p.reason().label())).toList());
                        dialogs.showInfo(Messages.get("spend.problems.exported.title"),
                                Messages.get("spend.problems.exported", file));
                    } catch (IOException ex) {
                        dialogs.showProblem(Messages.get("importfile.problem.readerror.title"), ex.getMessage());
                    }
                }));
        Label skipped = new Label(record.skippedText());
        skipped.setId("problems-skipped-total");
        getDialogPane().setContent(new VBox(10, skipped, table, export));
        getDialogPane().setPrefSize(900, 580);
        getDialogPane().setMinSize(820, 520);
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(close);
        getDialogPane().lookupButton(close).setId("problems-close");
    }

}
