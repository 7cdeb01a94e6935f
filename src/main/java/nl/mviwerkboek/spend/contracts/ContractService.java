package nl.mviwerkboek.spend.contracts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The contract register of one open plan. */
public final class ContractService {

    private final PlanDatabase db;
    private final ContractStorage storage = new ContractStorage();

    /** The service for one open plan. */
    public ContractService(PlanDatabase db) {
        this.db = db;
    }

    /** All contracts. */
    public CompletableFuture<List<Contract>> contracts() {
        return db.read(storage::list);
    }

    /** Adds or saves a contract; returns its id. */
    public CompletableFuture<Long> save(Contract k) {
        return db.write(c -> storage.save(c, k));
    }

    /** Adds contracts read from a file, all in one transaction; returns how many. */
    public CompletableFuture<Integer> addAll(List<Contract> read) {
        return db.write(c -> {
            for (Contract k : read) {
                storage.save(c, k);
            }
            return read.size();
        });
    }

    /** Deletes a contract. */
    public CompletableFuture<Void> delete(long id) {
        return db.write(c -> {
            storage.delete(c, id);
            return null;
        });
    }
}
