package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.RowFailure;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.shared.task.UiCallbacks;

/**
 * Imports an analysed export in one transaction: the file is read and parsed on the caller's thread
 * while the plan's database thread stores the lines (a bounded queue between them). Cancelling or
 * failing rolls the whole import back. An import that seems to repeat an earlier one (the same spend per
 * supplier and month, see {@link ImportOverlapStorage}) is rolled back with an {@link ImportOverlapException}
 * unless the overlap was accepted.
 */
public final class SpendImporter {

    private final boolean overlapAccepted;

    /** An importer that refuses an import overlapping an earlier one. */
    public SpendImporter() {
        this(false);
    }

    /** An importer that refuses an overlapping import unless {@code overlapAccepted}. */
    public SpendImporter(boolean overlapAccepted) {
        this.overlapAccepted = overlapAccepted;
    }

    private static final int BATCH = 1_000;
    private static final List<ParsedLine> END = new ArrayList<>();

    /** What reading the file produced besides the lines. */
    private record Produced(ImportStats stats, List<ImportProblem> problems) {
    }

    /** Receives batches of parsed lines. */
    @FunctionalInterface
    private interface Sink {
        void accept(List<ParsedLine> batch) throws Exception;
    }

    /** Imports with reading and writing overlapped; blocks until the import committed or rolled back. */
    public ImportRecord run(PlanDatabase db, ImportAnalysis a, Integer fixedYear, JobContext ctx) throws Exception {
        BlockingQueue<List<ParsedLine>> queue = new ArrayBlockingQueue<>(16);
        AtomicBoolean aborted = new AtomicBoolean();
        AtomicReference<Produced> produced = new AtomicReference<>();
        CompletableFuture<ImportRecord> writer = db.write(c -> {
            long importId = start(c, a, fixedYear);
            try (LineWriter lines = new LineWriter(c, importId, a.estimatedRows())) {
                for (List<ParsedLine> batch = take(queue, aborted); batch != END; batch = take(queue, aborted)) {
                    lines.write(batch);
                }
            }
            return finish(c, importId, a, produced.get());
        });
        try {
            produced.set(produce(a, fixedYear, ctx, batch -> put(queue, batch, writer)));
            put(queue, END, writer);
        } catch (Exception | Error e) {
            aborted.set(true);
            writer.exceptionally(t -> null).join();
            throw e;
        }
        try {
            return writer.join();
        } catch (CompletionException e) {
            throw UiCallbacks.unwrap(e) instanceof Exception cause ? cause : e;
        }
    }

    /** Imports on one thread on a connection that is already in a transaction (the sample plan's creation). */
    public ImportRecord run(Connection c, ImportAnalysis a, Integer fixedYear, JobContext ctx)
            throws SQLException, ImportFileException {
        long importId = start(c, a, fixedYear);
        Produced produced;
        try (LineWriter lines = new LineWriter(c, importId, a.estimatedRows())) {
            produced = produce(a, fixedYear, ctx, lines::write);
        } catch (ImportFileException | SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try {
            return finish(c, importId, a, produced);
        } catch (CompletionException e) {
            if (UiCallbacks.unwrap(e) instanceof ImportFileException noData) {
                throw noData;
            }
            throw e;
        }
    }

    private static long start(Connection c, ImportAnalysis a, Integer fixedYear) throws SQLException {
        return new ImportStorage().start(c, a.file().getFileName().toString(), a.size(), a.sha256(), a.sheet().name(),
                a.headerRowNumber(), a.mapping(), fixedYear);
    }

    /** Reads and parses every row below the header, handing lines to the sink in batches. */
    private static Produced produce(ImportAnalysis a, Integer fixedYear, JobContext ctx, Sink sink) throws Exception {
        LineReader reader = new LineReader(a.header(), a.mapping(), a.styles(), fixedYear);
        ImportStats stats = new ImportStats();
        List<ImportProblem> problems = new ArrayList<>();
        List<List<ParsedLine>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try (TableFile table = TableFiles.open(a.file(), a.csvFormat())) {
            table.read(a.sheetIndex(), (n, cells) -> {
                if (n <= a.headerRowNumber()) {
                    return true;
                }
                LineReader.Result result = reader.read(n, cells);
                stats.add(result);
                if (!result.imported()) {
                    stats.addSkipped(reader.skippedCents(result, cells));
                }
                if (result.imported()) {
                    batch.get(0).add(result.line());
                    if (batch.get(0).size() == BATCH) {
                        sink.accept(batch.get(0));
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                }
                if (result.problem() != null) {
                    problems.add(result.problem());
                }
                if (stats.rowsRead() % BATCH == 0) {
                    report(ctx, stats, a);
                }
                return true;
            });
        } catch (RowFailure failure) {
            throw failure.getCause() instanceof Exception e ? e : new IllegalStateException(failure.getCause());
        }
        sink.accept(batch.get(0));
        return new Produced(stats, problems);
    }

    private static void report(JobContext ctx, ImportStats stats, ImportAnalysis a) {
        ctx.checkCancelled();
        ctx.progress(Math.min(stats.rowsRead(), a.estimatedRows() - 1), a.estimatedRows());
        ctx.message(Messages.get("spend.import.progress", stats.rowsRead(),
                Math.max(stats.rowsRead(), a.estimatedRows())));
    }

    private ImportRecord finish(Connection c, long importId, ImportAnalysis a, Produced p) throws SQLException {
        if (p.stats().rowsImported() == 0) {
            throw new CompletionException(new ImportFileException(ImportFileException.Problem.NO_DATA, a.file(), null));
        }
        if (!overlapAccepted) {
            Optional<ImportOverlap> overlap = new ImportOverlapStorage().find(c, importId, p.stats().rowsImported());
            if (overlap.isPresent()) {
                throw new ImportOverlapException(overlap.get()); // rolls the import back
            }
        }
        new ImportProblemStorage().addAll(c, importId, p.problems());
        ImportStorage imports = new ImportStorage();
        imports.finish(c, importId, p.stats());
        new MappingStorage().save(c, a.signature(), a.mapping());
        return imports.list(c).stream().filter(r -> r.id() == importId).findFirst().orElseThrow();
    }

    private static void put(BlockingQueue<List<ParsedLine>> queue, List<ParsedLine> batch,
                            CompletableFuture<ImportRecord> writer) throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (writer.isDone()) {
                writer.join(); // the writer failed: raise its error here
                throw new IllegalStateException("Import writer stopped");
            }
        }
    }

    private static List<ParsedLine> take(BlockingQueue<List<ParsedLine>> queue, AtomicBoolean aborted) {
        try {
            List<ParsedLine> batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (aborted.get()) {
                    throw new CancellationException();
                }
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** Whether an import of the same content exists, for the "import again?" question. */
    public static Optional<ImportRecord> earlier(Connection c, String sha256) throws SQLException {
        return new ImportStorage().withSha(c, sha256).stream().findFirst();
    }
}
