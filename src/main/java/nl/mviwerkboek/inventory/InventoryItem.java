package nl.mviwerkboek.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the organisation already has or does on MVI: its kind, title, description, the themes
 * and product group it concerns, a date, a link or file reference, and the contract it came from.
 */
public record InventoryItem(long id, InventoryKind kind, String title, String description, List<Long> themeIds,
                            Long groupId, LocalDate date, String link, Long contractId) {

    /** The item with defensive copies. */
    public InventoryItem {
        themeIds = List.copyOf(themeIds);
    }

    /** The same item with a stored id. */
    public InventoryItem withId(long newId) {
        return new InventoryItem(newId, kind, title, description, themeIds, groupId, date, link, contractId);
    }
}
