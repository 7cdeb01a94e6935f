package nl.mviwerkboek.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/** The current situation of an open plan: inventory items, contracts taken over in one step, and the self-assessment. */
public final class InventoryService {

    private final PlanDatabase db;
    private final InventoryStorage items = new InventoryStorage();
    private final MaturityStorage maturity = new MaturityStorage();

    /** A service for one open plan. */
    public InventoryService(PlanDatabase db) {
        this.db = db;
    }

    /** Everything the chapter shows, in one read. */
    public CompletableFuture<Situation> situation() {
        return db.read(InventoryService::read);
    }

    /** Reads the situation on {@code c}. */
    public static Situation read(Connection c) throws SQLException {
        Set<Long> present = new InventoryStorage().contractsInInventory(c);
        List<Contract> toAdd = new ContractStorage().list(c).stream()
                .filter(k -> k.mviApplied() && !present.contains(k.id())).toList();
        return new Situation(new InventoryStorage().list(c), new ThemeStorage().list(c),
                new ProductGroupStorage().list(c), toAdd,
                new MaturityStorage().list(c));
    }

    /** Adds an item; the result is the chapter's new state. */
    public CompletableFuture<Situation> add(InventoryItem item) {
        return db.change(c -> items.insert(c, item), InventoryService::read);
    }

    /** Saves changes to an item. */
    public CompletableFuture<Situation> update(InventoryItem item) {
        return db.change(c -> items.update(c, item), InventoryService::read);
    }

    /** Removes an item. */
    public CompletableFuture<Situation> delete(InventoryItem item) {
        return db.change(c -> items.delete(c, item.id()), InventoryService::read);
    }

    /** Adds every contract marked "MVI applied" that is not in the inventory yet, as items of kind contract. */
    public CompletableFuture<Situation> addMviContracts() {
        return db.change(c -> takeOverMviContracts(c), InventoryService::read);
    }

    /** Adds the contracts marked "MVI applied" that are not in the inventory yet; returns how many. */
    public static int takeOverMviContracts(Connection c) throws SQLException {
        Situation now = read(c);
        InventoryStorage storage = new InventoryStorage();
        for (Contract k : now.mviContractsToAdd()) {
            storage.insert(c, fromContract(k, now.themes()));
        }
        return now.mviContractsToAdd().size();
    }

    /** Saves the self-assessment of one theme. */
    public CompletableFuture<Situation> saveMaturity(MaturityScore score) {
        return db.change(c -> maturity.save(c, score), InventoryService::read);
    }

    /** The item a contract becomes: its title, a description of supplier, term and value; Social return when SROI was applied. */
    static InventoryItem fromContract(Contract k, List<Theme> themes) {
        List<String> parts = new ArrayList<>();
        if (!k.supplierName().isBlank()) {
            parts.add(k.supplierName());
        }
        if (k.start() != null && k.end() != null) {
            parts.add(Messages.get("inventory.fromContract.term", Formats.date(k.start()), Formats.date(k.end())));
        }
        if (k.valueCents() > 0) {
            parts.add(Messages.get("inventory.fromContract.value", Formats.amountRounded(k.valueCents())));
        }
        List<Long> themeIds = k.sroiApplied() ? themes.stream()
                .filter(t -> !t.archived() && t.name().toLowerCase(Locale.ROOT).contains("social return"))
                .map(Theme::id).toList() : List.of();
        return new InventoryItem(0, InventoryKind.CONTRACT, k.title(), String.join("; ", parts), themeIds,
                k.groupId(), k.start(), "", k.id());
    }
}
