package nl.mviwerkboek.overview;

import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** Loads a plan's summary on the database thread. */
public final class SummaryService {

    private final PlanDatabase db;
    private final SummaryStorage storage = new SummaryStorage();

    /** A service for one open plan. */
    public SummaryService(PlanDatabase db) {
        this.db = db;
    }

    /** The current summary. */
    public CompletableFuture<PlanSummary> load() {
        return db.read(storage::load);
    }
}
