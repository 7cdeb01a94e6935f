package nl.mviwerkboek.plan;

import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The SWOT and "Waarom niet?" of an open plan; every change returns the picture as stored. */
public final class SupportService {

    private final PlanDatabase db;
    private final SupportStorage storage = new SupportStorage();

    /** A service for one open plan. */
    public SupportService(PlanDatabase db) {
        this.db = db;
    }

    /** The SWOT and the objections. */
    public CompletableFuture<SupportPicture> picture() {
        return db.read(storage::load);
    }

    /** Adds a SWOT item. */
    public CompletableFuture<SupportPicture> add(SwotItem i) {
        return db.change(c -> storage.insert(c, i), storage::load);
    }

    /** Saves a SWOT item's new text. */
    public CompletableFuture<SupportPicture> update(SwotItem i) {
        return db.change(c -> storage.update(c, i), storage::load);
    }

    /** Removes a SWOT item. */
    public CompletableFuture<SupportPicture> delete(SwotItem i) {
        return db.change(c -> storage.delete(c, i), storage::load);
    }

    /** Adds an objection. */
    public CompletableFuture<SupportPicture> add(Objection o) {
        return db.change(c -> storage.insert(c, o), storage::load);
    }

    /** Saves an objection. */
    public CompletableFuture<SupportPicture> update(Objection o) {
        return db.change(c -> storage.update(c, o), storage::load);
    }

    /** Removes an objection. */
    public CompletableFuture<SupportPicture> delete(Objection o) {
        return db.change(c -> storage.delete(c, o), storage::load);
    }
}
