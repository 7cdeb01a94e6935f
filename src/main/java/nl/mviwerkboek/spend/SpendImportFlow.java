package nl.mviwerkboek.spend;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;

/**
 * An import from the file to the finished import: analyse in the background, the wizard, the
 * "import again?" question, then the import itself with progress and cancel in the status bar.
 */
public final class SpendImportFlow {

    private final SpendViewModel page;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final UiCallbacks ui;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    /** A flow that refreshes {@code page} and reports to {@code status} when done. */
    public SpendImportFlow(SpendViewModel page, TaskRunner tasks, Dialogs dialogs, UiCallbacks ui,
                           Supplier<Window> owner, Consumer<String> status) {
        this.page = page;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.ui = ui;
        this.owner = owner;
        this.status = status;
    }

    /** Lets the user choose a file, then imports it. */
    public void chooseAndImport() {
        dialogs.chooseImportFile().ifPresent(this::importFile);
    }

    /** Analyses a file and opens the wizard for it. */
    public void importFile(Path file) {
        ui.then(tasks.run(Messages.get("task.analyse", file.getFileName()),
                page.service().analyse(file, Optional.empty(), Optional.empty())), this::openWizard);
    }

    private void openWizard(ImportAnalysis analysis) {
        ImportWizardViewModel wizard = new ImportWizardViewModel(analysis);
        var earlier = page.service().earlierImport(analysis.sha256());
        ui.then(earlier, found -> found.ifPresent(r ->
                wizard.earlierImportProperty().set(Messages.get("spend.wizard.earlier", importedOn(r)))));
        ImportWizardDialog dialog = new ImportWizardDialog(owner.get(), wizard, new ImportWizardDialog.Reanalyse() {
            @Override
            public void sheet(int sheetIndex) {
                ImportAnalysis current = wizard.analysisProperty().get();
                ui.then(tasks.run(Messages.get("task.analyse", current.file().getFileName()), page.service()
                        .analyse(current.file(), Optional.of(sheetIndex), current.csvFormat())), wizard::show);
            }

            @Override
            public void csvFormat(nl.mviwerkboek.exchange.CsvFormat format) {
                ImportAnalysis current = wizard.analysisProperty().get();
                ui.then(tasks.run(Messages.get("task.analyse", current.file().getFileName()), page.service()
                        .analyse(current.file(), Optional.of(0), Optional.of(format))), wizard::show);
            }

            @Override
            public void headerRow(int headerIndex) {
                ImportAnalysis current = wizard.analysisProperty().get();
                ui.then(tasks.run(Messages.get("task.analyse", current.file().getFileName()),
                        ctx -> page.service().analyzer().withHeader(current, headerIndex)), wizard::show);
            }
        });
        if (!dialog.showAndWait().orElse(false)) {
            return;
        }
        ui.then(earlier, found -> {
            if (found.isEmpty() || dialogs.confirm(Messages.get("spend.again.title"),
                    Messages.get("spend.again.message", found.get().fileName(), importedOn(found.get())),
                    Messages.get("spend.again.confirm"))) {
                run(wizard.analysisProperty().get(), wizard.fixedYear().orElse(null));
            }
        });
    }

    private void run(ImportAnalysis analysis, Integer year) {
        ui.then(tasks.run(Messages.get("task.import", analysis.file().getFileName()),
                page.service().importJob(analysis, year)), record -> {
                    status.accept(Messages.get("spend.import.done", record.fileName(),
                            Formats.number(record.rowsImported()), Formats.number(record.rowsSkipped())));
                    page.load();
                });
    }

    private static String importedOn(ImportRecord r) {
        return Formats.date(r.importedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    }
}
