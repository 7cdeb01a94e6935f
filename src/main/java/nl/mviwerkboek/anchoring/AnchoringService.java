package nl.mviwerkboek.anchoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The anchoring checklist of an open plan; every change saved at once. */
public final class AnchoringService {

    private final PlanDatabase db;
    private final AnchoringStorage storage = new AnchoringStorage();

    /** A service for one open plan. */
    public AnchoringService(PlanDatabase db) {
        this.db = db;
    }

    /** The checklist and the possible owners. */
    public CompletableFuture<AnchoringPicture> picture() {
        return db.read(AnchoringService::read);
    }

    /** Reads the picture on a connection. */
    public static AnchoringPicture read(Connection c) throws SQLException {
        return new AnchoringPicture(new AnchoringStorage().list(c), new StakeholderStorage().list(c));
    }

    /** Saves an item. */
    public CompletableFuture<AnchoringPicture> save(AnchoringItem item) {
        return db.change(c -> storage.update(c, item), AnchoringService::read);
    }

    /** Adds an own item. */
    public CompletableFuture<AnchoringPicture> add(String title) {
        return db.change(c -> storage.insert(c, title.strip()), AnchoringService::read);
    }

    /** Removes an own item. */
    public CompletableFuture<AnchoringPicture> delete(AnchoringItem item) {
        return db.change(c -> storage.delete(c, item.id()), AnchoringService::read);
    }
}
