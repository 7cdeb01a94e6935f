package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes parsed lines of one import on the database connection: finds each supplier, stores the line. */
final class LineWriter implements AutoCloseable {

    /** From this many expected rows on, indexes are built once at the end instead of row by row. */
    static final long BULK_ROWS = 50_000;

    private final Connection connection;
    private final boolean bulk;
    private final long importId;
    private final SupplierStorage suppliers;
    private final SpendLineStorage lines;

    LineWriter(Connection c, long importId, long expectedRows) throws SQLException {
        this.connection = c;
        this.bulk = expectedRows >= BULK_ROWS;
        this.importId = importId;
        if (bulk) {
            SpendLineStorage.dropIndexes(c);
        }
        this.suppliers = new SupplierStorage(c);
        this.lines = new SpendLineStorage(c);
    }

    void write(List<ParsedLine> batch) throws SQLException {
        for (ParsedLine line : batch) {
            lines.add(importId, suppliers.idFor(line), line);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            lines.flush();
            if (bulk) {
                SpendLineStorage.createIndexes(connection);
            }
        } finally {
            lines.close();
            suppliers.close();
        }
    }
}
