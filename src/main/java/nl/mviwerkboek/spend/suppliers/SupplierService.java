package nl.mviwerkboek.spend.suppliers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.groups.ClassificationStorage;

/**
 * Supplier merges and details of one open plan. A merge or undo marks the lines for classification,
 * since a supplier's manual assignment now covers more (or fewer) lines.
 */
public final class SupplierService {

    private final PlanDatabase db;
    private final MergeStorage merges = new MergeStorage();
    private final SupplierDetailStorage details = new SupplierDetailStorage();

    /** The service for one open plan. */
    public SupplierService(PlanDatabase db) {
        this.db = db;
    }

    /** Pairs that are probably the same supplier. */
    public CompletableFuture<List<MergeSuggestion>> suggestions() {
        return db.read(merges::suggestions);
    }

    /** The merges in force. */
    public CompletableFuture<List<SupplierMerge>> merges() {
        return db.read(merges::merges);
    }

    /** Merges a suggested pair: the second counts under the first. */
    public CompletableFuture<Long> merge(MergeSuggestion s) {
        return db.write(c -> {
            long id = merges.merge(c, s.secondId(), s.firstId(), s.score());
            ClassificationStorage.markNeeded(c);
            return id;
        });
    }

    /** Undoes a merge. */
    public CompletableFuture<Void> undo(long mergeId) {
        return db.write(c -> {
            merges.undo(c, mergeId);
            ClassificationStorage.markNeeded(c);
            return null;
        });
    }

    /** Rejects a suggested pair for good. */
    public CompletableFuture<Void> reject(MergeSuggestion s) {
        return db.write(c -> {
            merges.reject(c, s.firstId(), s.secondId());
            return null;
        });
    }

    /** The detail of a supplier. */
    public CompletableFuture<SupplierDetail> detail(long supplierId) {
        return db.read(c -> details.load(c, supplierId));
    }

    /** Saves a supplier's size: "mkb", "large" or null. */
    public CompletableFuture<Void> setSize(long supplierId, String size) {
        return db.write(c -> {
            details.setSize(c, supplierId, size);
            return null;
        });
    }
}
