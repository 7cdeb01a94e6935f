package nl.mviwerkboek.spend;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where one import spent its time, per phase: wall and CPU time of the thread that ran it, measured
 * per batch of lines (cheap enough to keep on). Phases on the reading thread and on the database
 * thread overlap, so their sum is more than the import's wall time. Read by the import benchmark.
 */
public final class ImportTimings {

    /** A phase of an import. */
    public enum Phase {
        /** Reading the file into rows of cells (CSV or xlsx reader, SHA-256 of the bytes). */
        READ,
        /** Turning rows into spend lines (amounts, dates, texts). */
        PARSE,
        /** Supplier per line, product group, summary table and fingerprint. */
        CLASSIFY,
        /** Inserting the lines. */
        WRITE,
        /** Building the secondary indexes, the summary table and the fingerprint rows at the end. */
        INDEX,
        /** The commit (with its sync), as the importing thread waits for it (wall only). */
        COMMIT,
        /** The reading thread waiting for the database thread to take a batch. */
        WAIT_FOR_WRITER,
        /** The database thread waiting for the next batch. */
        WAIT_FOR_READER
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Phase, long[]> spent = new EnumMap<>(Phase.class);

    /** Marks the start of a stretch on the current thread. */
    public static long[] start() {
        return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
    }

    /** Adds the time since {@code mark} to {@code phase} and resets the mark to now. */
    public void add(Phase phase, long[] mark) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        synchronized (spent) {
            long[] s = spent.computeIfAbsent(phase, p -> new long[2]);
            s[0] += wall - mark[0];
            s[1] += cpu - mark[1];
        }
        mark[0] = wall;
        mark[1] = cpu;
    }

    /** Adds wall time measured elsewhere to {@code phase}. */
    public void addWall(Phase phase, long nanos) {
        synchronized (spent) {
            spent.computeIfAbsent(phase, p -> new long[2])[0] += nanos;
        }
    }

    /** Wall time of a phase in nanoseconds. */
    public long wallNanos(Phase phase) {
        synchronized (spent) {
            return spent.getOrDefault(phase, new long[2])[0];
        }
    }

    /** CPU time of a phase in nanoseconds. */
    public long cpuNanos(Phase phase) {
        synchronized (spent) {
            return spent.getOrDefault(phase, new long[2])[1];
        }
    }
}
