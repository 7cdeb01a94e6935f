package nl.mviwerkboek.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** Lists, adds, changes and removes a plan's stakeholders, each change saved at once. */
public final class StakeholderService {

    private final PlanDatabase db;
    private final StakeholderStorage storage = new StakeholderStorage();

    /** A service for one open plan. */
    public StakeholderService(PlanDatabase db) {
        this.db = db;
    }

    /** All stakeholders by name. */
    public CompletableFuture<List<Stakeholder>> list() {
        return db.read(storage::list);
    }

    /** Adds a stakeholder; the result carries its new id. */
    public CompletableFuture<Stakeholder> add(Stakeholder stakeholder) {
        return db.write(c -> storage.insert(c, stakeholder));
    }

    /** Saves changes to a stakeholder. */
    public CompletableFuture<Stakeholder> update(Stakeholder stakeholder) {
        return db.write(c -> {
            storage.update(c, stakeholder);
            return stakeholder;
        });
    }

    /** Removes a stakeholder. */
    public CompletableFuture<Void> delete(Stakeholder stakeholder) {
        return db.write(c -> {
            storage.delete(c, stakeholder.id());
            return null;
        });
    }
}
