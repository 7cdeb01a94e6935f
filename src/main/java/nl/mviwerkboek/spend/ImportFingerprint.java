package nl.mviwerkboek.spend;

import java.util.Locale;

/**
 * What an import spent per supplier and month, collected while its lines are written (no second read), to
 * notice the same spend imported again in another format: per cell the amount, the lines, the lines with an
 * invoice number and the sum of those numbers' hashes (the same invoices give the same sum).
 */
final class ImportFingerprint {

    private static final long EMPTY = Long.MIN_VALUE;
    /** One supplier in one month, in open-addressing arrays (no object per line): the key and its four sums. */
    private long[] keys = emptyKeys(1 << 12);
    private long[] sums = new long[4 << 12];
    private int size;

    /** Adds a written line of {@code supplierId}. */
    void add(long supplierId, ParsedLine line) {
        int month = line.date() == null ? 0 : line.date().getMonthValue();
        long key = (supplierId << 20) | ((long) line.year() << 4) | month;
        int i = slot(keys, key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(keys, key);
            }
        }
        int at = i * 4;
        sums[at] += line.amountCents();
        sums[at + 1]++;
        if (line.invoiceNumber() != null && !line.invoiceNumber().isBlank()) {
            sums[at + 2]++;
            sums[at + 3] += hash(line.invoiceNumber());
        }
    }

    private static long[] emptyKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldSums = sums;
        keys = emptyKeys(oldKeys.length * 2);
        sums = new long[keys.length * 4];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                System.arraycopy(oldSums, j * 4, sums, i * 4, 4);
            }
        }
    }

    /** Receives the cells. */
    @FunctionalInterface
    interface CellVisitor {
        void visit(long supplierId, String period, long cents, long lines, long invoices, long invoiceSum)
                throws java.sql.SQLException;
    }

    /**
     * Visits every cell in the order of supplier and period (the table's key, so inserts append); the period is
     * {@code YYYY-MM}, or {@code YYYY} for lines without a date.
     */
    void forEach(CellVisitor visitor) throws java.sql.SQLException {
        long[] order = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                order[n++] = k;
            }
        }
        java.util.Arrays.sort(order);
        for (long key : order) {
            int at = slot(keys, key) * 4;
            int month = (int) (key & 0xF);
            int year = (int) ((key >>> 4) & 0xFFFF);
            String period = month == 0 ? String.valueOf(year) : period(year, month);
            visitor.visit(key >>> 20, period, sums[at], sums[at + 1], sums[at + 2], sums[at + 3]);
        }
    }

    /** {@code YYYY-MM}, as {@code String.format("%04d-%02d")} writes it, without a formatter per cell. */
    static String period(int year, int month) {
        String y = Integer.toString(year);
        return "0".repeat(Math.max(0, 4 - y.length())) + y + (month < 10 ? "-0" : "-") + month;
    }

    /** A 64-bit FNV-1a hash of an invoice number, ignoring case and surrounding spaces. */
    static long hash(String invoiceNumber) {
        long h = 0xcbf29ce484222325L;
        int end = invoiceNumber.length();
        int start = 0;
        boolean ascii = true;
        for (int i = 0; i < end && ascii; i++) {
            ascii = invoiceNumber.charAt(i) < 0x80;
        }
        if (!ascii) {
            for (char ch : invoiceNumber.strip().toUpperCase(Locale.ROOT).toCharArray()) {
                h ^= ch;
                h *= 0x100000001b3L;
            }
            return h;
        }
        // the same value without copies: strip() and toUpperCase(ROOT) of plain ASCII
        while (start < end && Character.isWhitespace(invoiceNumber.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(invoiceNumber.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char ch = invoiceNumber.charAt(i);
            h ^= ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
