package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.RowFailure;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.JobContext;

/**
 * Streams an export into the plan on the database thread, inside the caller's transaction: the
 * import record, suppliers, spend lines and problems. Cancelling or failing leaves nothing behind
 * because the caller rolls the transaction back.
 */
public final class SpendImporter {

    private static final int REPORT_EVERY = 1_000;

    /** Imports; the analysis's mapping must hold the required fields (or a year is given). */
    public ImportRecord run(Connection c, ImportAnalysis a, Integer fixedYear, JobContext ctx)
            throws SQLException, ImportFileException {
        ImportStorage imports = new ImportStorage();
        long importId = imports.start(c, a.file().getFileName().toString(), a.size(), a.sha256(), a.sheet().name(),
                a.headerRowNumber(), a.mapping(), fixedYear);
        LineReader reader = new LineReader(a.header(), a.mapping(), a.styles(), fixedYear);
        ImportStats stats = new ImportStats();
        List<ImportProblem> problems = new ArrayList<>();
        try (TableFile table = TableFiles.open(a.file(), a.csvFormat());
             SupplierStorage suppliers = new SupplierStorage(c);
             SpendLineStorage lines = new SpendLineStorage(c)) {
            table.read(a.sheetIndex(), (n, cells) -> {
                if (n <= a.headerRowNumber()) {
                    return true;
                }
                LineReader.Result result = reader.read(n, cells);
                stats.add(result);
                if (result.imported()) {
                    lines.add(importId, suppliers.idFor(result.line()), result.line());
                }
                if (result.problem() != null) {
                    problems.add(result.problem());
                }
                if (stats.rowsRead() % REPORT_EVERY == 0) {
                    ctx.checkCancelled();
                    ctx.progress(Math.min(stats.rowsRead(), a.estimatedRows() - 1), a.estimatedRows());
                    ctx.message(Messages.get("spend.import.progress", Formats.number(stats.rowsRead()),
                            Formats.number(Math.max(stats.rowsRead(), a.estimatedRows()))));
                }
                return true;
            });
            lines.flush();
        } catch (RowFailure failure) {
            if (failure.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw failure.getCause() instanceof RuntimeException r ? r : new IllegalStateException(failure.getCause());
        }
        if (stats.rowsImported() == 0) {
            throw new ImportFileException(ImportFileException.Problem.NO_DATA, a.file(), null);
        }
        new ImportProblemStorage().addAll(c, importId, problems);
        imports.finish(c, importId, stats);
        new MappingStorage().save(c, a.signature(), a.mapping());
        return imports.list(c).stream().filter(r -> r.id() == importId).findFirst().orElseThrow();
    }

    /** Whether an import of the same content exists, for the "import again?" question. */
    public static Optional<ImportRecord> earlier(Connection c, String sha256) throws SQLException {
        return new ImportStorage().withSha(c, sha256).stream().findFirst();
    }
}
