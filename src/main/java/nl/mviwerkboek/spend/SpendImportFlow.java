package nl.mviwerkboek.spend;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.TaskRunner;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.DialogWindows;

/**
 * An import from the file to the finished import: analyse in the background, the wizard, the
 * "import again?" question, then the import itself with progress and cancel in the status bar (and the
 * same question when the import finds the same spend as an earlier one in another file).
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

    /**
     * Opens the wizard for a file at once and analyses the file in the background; the wizard fills itself
     * when the analysis arrives, and closes when it fails (the failure is reported as before).
     */
    public void importFile(Path file) {
        var analysed = tasks.run(Messages.get("task.analyse", file.getFileName()),
                page.service().analyse(file, Optional.empty(), Optional.empty()));
        ui.executor().execute(() -> openWizard(file, analysed)); // returns at once, as a drop handler needs
    }

    private void openWizard(Path file, CompletableFuture<ImportAnalysis> analysed) {
        ImportWizardViewModel wizard = new ImportWizardViewModel();
        ImportWizardDialog dialog = new ImportWizardDialog(owner.get(), file, wizard, reanalyse(wizard));
        var earlier = new AtomicReference<CompletableFuture<Optional<ImportRecord>>>();
        new UiCallbacks(ui.executor(), failure -> {
            dialog.setResult(false);
            dialog.close();
            ui.onError().accept(failure);
        }).then(analysed, analysis -> {
            if (!dialog.isShowing()) {
                return; // cancelled while the file was read
            }
            earlier.set(page.service().earlierImport(analysis.sha256()));
            ui.then(earlier.get(), found -> found.ifPresent(r ->
                    wizard.earlierImportProperty().set(Messages.get("spend.wizard.earlier", r.importedOn()))));
            wizard.show(analysis);
        });
        if (!DialogWindows.prepare(dialog).showAndWait().orElse(false) || earlier.get() == null) {
            return;
        }
        ui.then(earlier.get(), found -> {
            if (found.isEmpty() || dialogs.confirm(Messages.get("spend.again.title"),
                    Messages.get("spend.again.message", found.get().fileName(), found.get().importedOn()),
                    Messages.get("spend.again.confirm"))) {
                run(wizard.analysisProperty().get(), wizard.fixedYear().orElse(null), found.isPresent());
            }
        });
    }

    private ImportWizardDialog.Reanalyse reanalyse(ImportWizardViewModel wizard) {
        return new ImportWizardDialog.Reanalyse() {
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
        };
    }

    /**
     * Imports; an import that seems to repeat an earlier one is rolled back and the user asked, as for the
     * same file, and on "Toch importeren" it runs again accepting the overlap.
     */
    private void run(ImportAnalysis analysis, Integer year, boolean overlapAccepted) {
        UiCallbacks asking = new UiCallbacks(ui.executor(), failure -> {
            if (failure instanceof ImportOverlapException e) {
                ImportOverlap o = e.overlap();
                if (dialogs.confirm(Messages.get("spend.overlap.title"), Messages.get("spend.overlap.message",
                        o.earlier().fileName(), o.earlier().importedOn(), o.details()),
                        Messages.get("spend.again.confirm"))) {
                    run(analysis, year, true);
                }
            } else {
                ui.onError().accept(failure);
            }
        });
        asking.then(tasks.run(Messages.get("task.import", analysis.file().getFileName()),
                page.service().importJob(analysis, year, overlapAccepted)), record -> {
                    status.accept(Messages.get("spend.import.done", record.fileName(), record.rowsImported(),
                            record.skippedText()));
                    page.load();
                });
    }
}
