package nl.mviwerkboek.spend;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an import spent per supplier and month, collected while its lines are written (no second read), to
 * notice the same spend imported again in another format: per cell the amount, the lines, the lines with an
 * invoice number and the sum of those numbers' hashes (the same invoices give the same sum).
 */
final class ImportFingerprint {

    /** One supplier in one month: {@code [cents, lines, invoices, invoiceSum]}. */
    private final Map<Long, long[]> cells = new HashMap<>();

    /** Adds a written line of {@code supplierId}. */
    void add(long supplierId, ParsedLine line) {
        int month = line.date() == null ? 0 : line.date().getMonthValue();
        long key = (supplierId << 20) | ((long) line.year() << 4) | month;
        long[] cell = cells.computeIfAbsent(key, k -> new long[4]);
        cell[0] += line.amountCents();
        cell[1]++;
        if (line.invoiceNumber() != null && !line.invoiceNumber().isBlank()) {
            cell[2]++;
            cell[3] += hash(line.invoiceNumber());
        }
    }

    /** Receives the cells. */
    @FunctionalInterface
    interface CellVisitor {
        void visit(long supplierId, String period, long cents, long lines, long invoices, long invoiceSum)
                throws java.sql.SQLException;
    }

    /** Visits every cell; the period is {@code YYYY-MM}, or {@code YYYY} for lines without a date. */
    void forEach(CellVisitor visitor) throws java.sql.SQLException {
        for (Map.Entry<Long, long[]> e : cells.entrySet()) {
            long key = e.getKey();
            int month = (int) (key & 0xF);
            int year = (int) ((key >>> 4) & 0xFFFF);
            String period = month == 0 ? String.valueOf(year) : String.format(Locale.ROOT, "%04d-%02d", year, month);
            long[] c = e.getValue();
            visitor.visit(key >>> 20, period, c[0], c[1], c[2], c[3]);
        }
    }

    /** A 64-bit FNV-1a hash of an invoice number, ignoring case and surrounding spaces. */
    static long hash(String invoiceNumber) {
        long h = 0xcbf29ce484222325L;
        for (char ch : invoiceNumber.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            h ^= ch;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
