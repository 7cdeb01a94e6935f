package nl.mviwerkboek.shared.db;

import java.nio.file.Path;
import java.time.Instant;

/** Removes what a killed app left beside plans: hidden files of a create that never finished. */
public final class PlanLeftovers {

    private PlanLeftovers() {
    }

    /** Removes stale {@code .NAME.<id>.nieuw} files (and their logs) in {@code folder}; returns how many. */
    public static int removeFrom(Path folder) {
        return NewPlanFile.removeStale(folder, Instant.now());
    }
}
