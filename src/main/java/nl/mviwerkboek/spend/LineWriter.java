package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.mviwerkboek.spend.groups.AssignmentStorage;
import nl.mviwerkboek.spend.groups.Classifier;
import nl.mviwerkboek.spend.groups.CubeStorage;
import nl.mviwerkboek.spend.groups.LineFacts;

/**
 * Writes parsed lines of one import on the database connection. {@link #classify} finds each line's
 * supplier, its product group, and adds it to the analysis summary table and the import's fingerprint
 * (spend per supplier and month, to notice the same spend imported again): memory only, so the import
 * runs it on its reading thread (ADR 0035). {@link #write} then stores the batch on the database thread.
 */
final class LineWriter implements AutoCloseable {

    /** From this many expected rows on, indexes are built once at the end instead of row by row. */
    static final long BULK_ROWS = 50_000;

    /** Classified lines with their suppliers and groups, and the supplier rows they need first. */
    record Batch(List<ParsedLine> lines, long[] supplierIds, String[] dates, Long[] groups,
                 List<Object[]> supplierChanges) {
    }

    private final Connection connection;
    private final boolean bulk;
    private final long importId;
    private final SupplierStorage suppliers;
    private final SpendLineStorage lines;
    private final Classifier classifier;
    private final CubeStorage cube = new CubeStorage();
    private final ImportFingerprint fingerprint = new ImportFingerprint();
    private final ImportTimings timings;
    private final long[] mark;

    /**
     * A writer on {@code c}; {@code mark} times the database thread's phases. When {@code readingIsSlower} (an
     * xlsx: inflating the sheet takes longer than writing its lines) the index is kept up to date row by row
     * while the database thread would otherwise wait, instead of being built at the end (ADR 0035).
     */
    LineWriter(Connection c, long importId, long expectedRows, boolean readingIsSlower, ImportTimings timings,
               long[] mark) throws SQLException {
        this.connection = c;
        this.timings = timings;
        this.mark = mark;
        this.bulk = expectedRows >= BULK_ROWS && !readingIsSlower;
        this.importId = importId;
        if (bulk) {
            SpendLineStorage.dropIndexes(c);
        }
        this.suppliers = new SupplierStorage(c);
        this.lines = new SpendLineStorage(c, importId);
        this.classifier = new AssignmentStorage().classifier(c);
    }

    /** Classifies a batch (one thread at a time, never the database's own work). */
    Batch classify(List<ParsedLine> batch) {
        long[] supplierIds = new long[batch.size()];
        Long[] groups = new Long[batch.size()];
        String[] dates = new String[batch.size()];
        for (int i = 0; i < supplierIds.length; i++) {
            ParsedLine line = batch.get(i);
            long supplierId = suppliers.idFor(line);
            String date = line.date() == null ? null : line.date().toString();
            Long group = classifier.classify(new LineFacts(supplierId, line.supplierName(), line.ledgerCode(),
                    line.ledgerDescription(), line.costCentre(), line.description(), line.invoiceNumber(), date,
                    line.amountCents()));
            cube.add(importId, line.year(), supplierId, group, line.costCentre(), line.amountCents());
            fingerprint.add(supplierId, line);
            supplierIds[i] = supplierId;
            dates[i] = date;
            groups[i] = group;
        }
        return new Batch(batch, supplierIds, dates, groups, suppliers.takeChanges());
    }

    /** Stores a classified batch: first the suppliers it creates or completes, then its lines. */
    void write(Batch batch) throws SQLException {
        SupplierStorage.write(batch.supplierChanges());
        for (int i = 0; i < batch.supplierIds().length; i++) {
            lines.add(batch.supplierIds()[i], batch.lines().get(i), batch.dates()[i], batch.groups()[i]);
        }
        timings.add(ImportTimings.Phase.WRITE, mark);
    }

    @Override
    public void close() throws SQLException {
        try {
            lines.flush();
            timings.add(ImportTimings.Phase.WRITE, mark);
            cube.write(connection);
            new ImportOverlapStorage().write(connection, importId, fingerprint);
            if (bulk) {
                SpendLineStorage.createIndexes(connection);
            }
        } finally {
            lines.close();
            suppliers.close();
        }
    }
}
