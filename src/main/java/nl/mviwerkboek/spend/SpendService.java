package nl.mviwerkboek.spend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.db.DiskFullException;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.DiskSpaceTexts;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.BackgroundJob;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** The spend import for one open plan: analyse a file, import it as a background job, history and totals. */
public final class SpendService {

    private final PlanDatabase db;
    private final ImportStorage imports = new ImportStorage();
    private final ImportProblemStorage problems = new ImportProblemStorage();
    private final MappingStorage mappings = new MappingStorage();

    /** A service for one open plan. */
    public SpendService(PlanDatabase db) {
        this.db = db;
    }

    /** The analyser, looking up remembered mappings in this plan. Blocks; use from a background job. */
    public ImportAnalyzer analyzer() {
        return new ImportAnalyzer(signature -> db.read(c -> mappings.find(c, signature)).join());
    }

    /** A job that analyses a file (sheet and CSV format detected unless given). */
    public BackgroundJob<ImportAnalysis> analyse(Path file, Optional<Integer> sheet, Optional<CsvFormat> csv) {
        return ctx -> analyzer().analyse(file, sheet, csv);
    }

    /** An earlier import of a file with the same content, if any. */
    public CompletableFuture<Optional<ImportRecord>> earlierImport(String sha256) {
        return db.read(c -> SpendImporter.earlier(c, sha256));
    }

    /**
     * A job that imports the analysed file in one transaction, with progress and cancel; it fails with an
     * {@link ImportOverlapException} (and stores nothing) when the file seems to repeat an earlier import.
     */
    public BackgroundJob<ImportRecord> importJob(ImportAnalysis analysis, Integer fixedYear) {
        return importJob(analysis, fixedYear, false);
    }

    /** The same, also storing an import that repeats an earlier one when {@code overlapAccepted}. */
    public BackgroundJob<ImportRecord> importJob(ImportAnalysis analysis, Integer fixedYear, boolean overlapAccepted) {
        return ctx -> {
            try {
                return new SpendImporter(overlapAccepted).run(db, analysis, fixedYear, ctx);
            } catch (CompletionException e) {
                throw diskFullOr(unwrap(e), analysis);
            } catch (DiskFullException e) {
                throw diskFullOr(e, analysis);
            }
        };
    }

    /** The import history, newest first. */
    public CompletableFuture<List<ImportRecord>> imports() {
        return db.read(imports::list);
    }

    /** The skipped and doubtful rows of an import. */
    public CompletableFuture<List<ImportProblem>> problems(long importId) {
        return db.read(c -> problems.list(c, importId));
    }

    /** Deletes an import with all its lines. */
    public CompletableFuture<Void> delete(long importId) {
        return db.write(c -> {
            imports.delete(c, importId);
            return null;
        });
    }

    /** The plan's spend totals. */
    public CompletableFuture<SpendTotals> totals() {
        return db.read(new SpendTotalsStorage()::load);
    }

    /** A full disk as the user's message with the folder, the space left and what the import needs. */
    private static Exception diskFullOr(Exception failure, ImportAnalysis analysis) {
        if (!(failure instanceof DiskFullException full)) {
            return failure;
        }
        long size;
        try {
            size = java.nio.file.Files.size(analysis.file());
        } catch (java.io.IOException e) {
            size = -1;
        }
        UserProblem problem = DiskSpaceTexts.importFull(analysis.file(), size, full.folder(), full.usableBytes());
        problem.initCause(full);
        return problem;
    }

    /** The real failure inside the futures' wrapping. */
    private static Exception unwrap(CompletionException e) {
        Throwable cause = UiCallbacks.unwrap(e);
        return cause instanceof Exception ex ? ex : new IllegalStateException(cause);
    }
}
