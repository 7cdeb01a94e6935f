package nl.mviwerkboek.cli;

/**
 * When a fault test kills an import, told by what the child shows from outside: time, the size of
 * the plan's write-ahead log, and its result line. The plan's 64 MiB page cache holds an import of a
 * few hundred thousand lines until the commit, so the log grows only while the commit writes it; a
 * larger one spills pages into the log before (800,000 lines: while the indexes are rebuilt).
 */
enum KillMoment {
    /** While the file is read, parsed and classified: a share of the time until the log started to grow. */
    PARSING,
    /** While the commit writes its pages to the log: once the log passed a share of its final size. */
    WRITING,
    /**
     * Once the log reached its final size: the commit frame is written and the checkpoint copies the log
     * into the plan file. After a larger import that spilled pages into the log, SQLite may still be
     * rewriting the checksums of frames it overwrote, and until then the import is not committed.
     */
    COMMITTED,
    /** Once the command printed its result line: the user was told the lines are in the plan. */
    CONFIRMED,
    /** At a random moment between the start and a little after the expected end. */
    ANY;

    /** How long a log must be to count as the import's writing (small writes at opening do not). */
    static final long WRITE_STARTED_BYTES = 1L << 20;

    /** What a first, calibrating run showed: when the log started to grow, how large it got, when it ended. */
    record Calibration(long writeStartMillis, long walBytes, long confirmedMillis) {
    }

    /**
     * Whether the moment has come, with {@code share} (0–1) choosing where within its phase; without a
     * calibration only WRITING (at 1 MiB) and CONFIRMED can be told.
     */
    boolean reached(ImportChild child, long walBytes, Calibration calibration, double share) {
        if (child.printed()) {
            return true; // every moment but CONFIRMED lies before this one (or it has just passed)
        }
        return switch (this) {
            case PARSING -> child.elapsedMillis() >= share * calibration.writeStartMillis();
            case WRITING -> walBytes >= (calibration == null ? WRITE_STARTED_BYTES
                    : Math.max(WRITE_STARTED_BYTES, share * calibration.walBytes()));
            case COMMITTED -> walBytes >= calibration.walBytes();
            case CONFIRMED -> false;
            case ANY -> child.elapsedMillis() >= share * 1.1 * calibration.confirmedMillis();
        };
    }
}
