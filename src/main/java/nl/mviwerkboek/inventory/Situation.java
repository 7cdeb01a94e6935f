package nl.mviwerkboek.inventory;

import java.util.List;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * What the "Huidige situatie" chapter shows, read in one go: the inventory, the themes and product
 * groups to choose from, the contracts marked "MVI applied" not yet in the inventory, and the self-assessment.
 */
public record Situation(List<InventoryItem> items, List<Theme> themes, List<ProductGroup> groups,
                        List<Contract> mviContractsToAdd, List<MaturityScore> maturity) {
}
