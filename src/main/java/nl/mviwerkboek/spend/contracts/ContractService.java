package nl.mviwerkboek.spend.contracts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** The contract register of one open plan. */
public final class ContractService {

    private final PlanDatabase db;
    private final ContractStorage storage = new ContractStorage();
    private final ContractMappingStorage mappings = new ContractMappingStorage();

    /** The service for one open plan. */
    public ContractService(PlanDatabase db) {
        this.db = db;
    }

    /** What the contracts tab shows, read in one go: contracts, product groups, SROI settings and plan period. */
    public record Register(List<Contract> contracts, List<nl.mviwerkboek.spend.groups.ProductGroup> groups,
                           nl.mviwerkboek.spend.analysis.AnalysisSettings settings, int periodStart, int periodEnd) {
    }

    /** The register with everything around it. */
    public CompletableFuture<Register> register() {
        return db.read(c -> {
            var profile = new nl.mviwerkboek.plan.ProfileStorage().load(c);
            return new Register(storage.list(c), new nl.mviwerkboek.spend.groups.ProductGroupStorage().list(c),
                    new nl.mviwerkboek.spend.analysis.SettingsStorage().load(c), profile.periodStart(),
                    profile.periodEnd());
        });
    }

    /** All contracts. */
    public CompletableFuture<List<Contract>> contracts() {
        return db.read(storage::list);
    }

    /** Adds or saves a contract; returns its id. */
    public CompletableFuture<Long> save(Contract k) {
        return db.write(c -> storage.save(c, k));
    }

    /** A job that reads a register file's header and first rows, with the remembered or suggested columns. */
    public nl.mviwerkboek.shared.task.BackgroundJob<ContractSheet> analyseJob(java.nio.file.Path file) {
        return ctx -> {
            ContractSheet sheet = ContractImport.analyse(file);
            var remembered = db.read(c -> mappings.find(c, sheet.signature())).join();
            return remembered.map(sheet::withSuggested).orElse(sheet);
        };
    }

    /**
     * A job that reads every contract with the chosen columns and adds them all in one transaction,
     * remembering the columns for this layout; the result is how many were added.
     */
    public nl.mviwerkboek.shared.task.BackgroundJob<Integer> importJob(ContractSheet sheet,
            java.util.Map<ContractField, Integer> columns, List<nl.mviwerkboek.spend.groups.ProductGroup> groups) {
        return ctx -> {
            List<Contract> read = ContractImport.read(sheet, columns, groups);
            ctx.checkCancelled();
            return db.write(c -> {
                for (Contract k : read) {
                    storage.save(c, k);
                }
                mappings.save(c, sheet.signature(), columns);
                return read.size();
            }).join();
        };
    }

    /** Deletes a contract. */
    public CompletableFuture<Void> delete(long id) {
        return db.write(c -> {
            storage.delete(c, id);
            return null;
        });
    }
}
