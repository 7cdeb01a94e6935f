package nl.mviwerkboek.spend.groups;

import java.util.Arrays;

/** Line counts and amounts summed per long key, in open-addressing arrays (no object per line). */
final class LongSums {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private long[] cents = new long[1 << 12];
    private int size;

    LongSums() {
        Arrays.fill(keys, EMPTY);
    }

    /** Adds one line of {@code amount} under {@code key} (never {@link Long#MIN_VALUE}). */
    void add(long key, long amount) {
        int i = slot(keys, key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(keys, key);
            }
        }
        lines[i]++;
        cents[i] += amount;
    }

    /** Receives each key with its sums. */
    @FunctionalInterface
    interface Visitor {
        void visit(long key, long lines, long cents) throws java.sql.SQLException;
    }

    void forEach(Visitor v) throws java.sql.SQLException {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                v.visit(keys[i], lines[i], cents[i]);
            }
        }
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        long[] oldCents = cents;
        keys = new long[oldKeys.length * 2];
        lines = new long[keys.length];
        cents = new long[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
                cents[i] = oldCents[j];
            }
        }
    }
}
