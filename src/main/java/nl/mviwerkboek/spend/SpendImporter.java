package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.RowFailure;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.shared.db.DbWork;
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
    private final ImportTimings timings = new ImportTimings();
    private static final LineWriter.Batch END = new LineWriter.Batch(List.of(), new long[0], new String[0], new Long[0],
            List.of());

    /** What reading the file produced besides the lines. */
    private record Produced(ImportStats stats, List<ImportProblem> problems) {
    }

    /** Receives batches of classified lines. */
    @FunctionalInterface
    private interface Sink {
        void accept(LineWriter.Batch batch) throws Exception;
    }

    /** Classifies a batch of parsed lines. */
    @FunctionalInterface
    private interface Classify {
        LineWriter.Batch apply(List<ParsedLine> lines) throws Exception;
    }

    /** Where the last import spent its time. */
    public ImportTimings timings() {
        return timings;
    }

    /** Imports with reading and writing overlapped; blocks until the import committed or rolled back. */
    public ImportRecord run(PlanDatabase db, ImportAnalysis a, Integer fixedYear, JobContext ctx) throws Exception {
        BatchQueue queue = new BatchQueue();
        AtomicReference<Produced> produced = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong committing = new java.util.concurrent.atomic.AtomicLong();
        CompletableFuture<LineWriter> ready = new CompletableFuture<>();
        DbWork<ImportRecord> work = c -> {
            try {
                long importId = start(c, a, fixedYear);
                long[] mark = ImportTimings.start();
                try (LineWriter lines = new LineWriter(c, importId, a.estimatedRows(), a.description().equals("xlsx"),
                        timings, mark)) {
                    ready.complete(lines); // the reading thread classifies with the suppliers and rules loaded here
                    for (LineWriter.Batch batch = queue.take(); batch != END; batch = queue.take()) {
                        timings.add(ImportTimings.Phase.WAIT_FOR_READER, mark);
                        lines.write(batch);
                    }
                }
                ImportRecord done = finish(c, importId, a, produced.get());
                timings.add(ImportTimings.Phase.INDEX, mark);
                committing.set(System.nanoTime());
                return done;
            } catch (Throwable t) {
                ready.completeExceptionally(t);
                throw t;
            }
        };
        CompletableFuture<ImportRecord> writer = db.bulkWrite(work);
        writer.whenComplete((r, e) -> ready.completeExceptionally(e != null ? e : new IllegalStateException("done")));
        try {
            produced.set(produce(a, fixedYear, ctx, batch -> BatchQueue.whenReady(ready, writer).classify(batch),
                    batch -> queue.put(batch, writer)));
            queue.put(END, writer);
        } catch (Exception | Error e) {
            queue.abort();
            writer.exceptionally(t -> null).join();
            throw e;
        }
        try {
            ImportRecord record = writer.join();
            timings.addWall(ImportTimings.Phase.COMMIT, System.nanoTime() - committing.get());
            return record;
        } catch (CompletionException e) {
            throw UiCallbacks.unwrap(e) instanceof Exception cause ? cause : e;
        }
    }

    /** Imports on one thread on a connection that is already in a transaction (the sample plan's creation). */
    public ImportRecord run(Connection c, ImportAnalysis a, Integer fixedYear, JobContext ctx)
            throws SQLException, ImportFileException {
        long importId = start(c, a, fixedYear);
        Produced produced;
        try (LineWriter lines = new LineWriter(c, importId, a.estimatedRows(), false, timings,
                ImportTimings.start())) {
            produced = produce(a, fixedYear, ctx, lines::classify, lines::write);
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
    private Produced produce(ImportAnalysis a, Integer fixedYear, JobContext ctx, Classify classify, Sink sink)
            throws Exception {
        LineReader reader = new LineReader(a.header(), a.mapping(), a.styles(), fixedYear);
        ImportStats stats = new ImportStats();
        List<ImportProblem> problems = new ArrayList<>();
        List<Long> numbers = new ArrayList<>(BATCH);
        List<List<SheetCell>> rows = new ArrayList<>(BATCH);
        long[] mark = ImportTimings.start();
        try (TableFile table = TableFiles.open(a.file(), a.csvFormat())) {
            table.read(a.sheetIndex(), (n, cells) -> {
                if (n > a.headerRowNumber()) {
                    numbers.add(n);
                    rows.add(cells);
                    if (rows.size() == BATCH) {
                        timings.add(ImportTimings.Phase.READ, mark);
                        parse(reader, numbers, rows, stats, problems, classify, sink, mark);
                        report(ctx, stats, a);
                    }
                }
                return true;
            });
        } catch (RowFailure failure) {
            throw failure.getCause() instanceof Exception e ? e : new IllegalStateException(failure.getCause());
        }
        timings.add(ImportTimings.Phase.READ, mark);
        parse(reader, numbers, rows, stats, problems, classify, sink, mark);
        return new Produced(stats, problems);
    }

    /** Parses a batch of read rows and hands its lines to the sink; empties the batch. */
    private void parse(LineReader reader, List<Long> numbers, List<List<SheetCell>> rows, ImportStats stats,
                       List<ImportProblem> problems, Classify classify, Sink sink, long[] mark) throws Exception {
        List<ParsedLine> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<SheetCell> cells = rows.get(i);
            LineReader.Result result = reader.read(numbers.get(i), cells);
            stats.add(result);
            if (result.imported()) {
                lines.add(result.line());
            } else {
                stats.addSkipped(reader.skippedCents(result, cells));
            }
            if (result.problem() != null) {
                problems.add(result.problem());
            }
        }
        numbers.clear();
        rows.clear();
        timings.add(ImportTimings.Phase.PARSE, mark);
        LineWriter.Batch batch = classify.apply(lines);
        timings.add(ImportTimings.Phase.CLASSIFY, mark);
        sink.accept(batch);
        timings.add(ImportTimings.Phase.WAIT_FOR_WRITER, mark);
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

    /** Whether an import of the same content exists, for the "import again?" question. */
    public static Optional<ImportRecord> earlier(Connection c, String sha256) throws SQLException {
        return new ImportStorage().withSha(c, sha256).stream().findFirst();
    }
}
