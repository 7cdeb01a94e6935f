package nl.mviwerkboek.monitoring;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The log of successes of an open plan; every change returns the list as stored. */
public final class SuccessService {

    private final PlanDatabase db;
    private final SuccessStorage storage = new SuccessStorage();

    /** A service for one open plan. */
    public SuccessService(PlanDatabase db) {
        this.db = db;
    }

    /** Every success, newest first. */
    public CompletableFuture<List<Success>> list() {
        return db.read(storage::list);
    }

    /** Adds a success (id 0) or saves changes to one. */
    public CompletableFuture<List<Success>> save(Success s) {
        return db.change(c -> {
            if (s.id() == 0) {
                storage.insert(c, s);
            } else {
                storage.update(c, s);
            }
        }, storage::list);
    }

    /** Removes a success. */
    public CompletableFuture<List<Success>> delete(Success s) {
        return db.change(c -> storage.delete(c, s), storage::list);
    }
}
