package nl.mviwerkboek.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes inventory items and their themes (tables {@code inventory_item}, {@code inventory_item_theme}). */
public final class InventoryStorage {

    /** All items, newest date first, undated last. */
    public List<InventoryItem> list(Connection c) throws SQLException {
        Map<Long, List<Long>> themes = Columns.idLists(c,
                "SELECT item_id, theme_id FROM inventory_item_theme ORDER BY theme_id");
        List<InventoryItem> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, kind, title, description, group_id, item_date, "
                + "link, contract_id FROM inventory_item ORDER BY item_date IS NULL, item_date DESC, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                items.add(new InventoryItem(id, InventoryKind.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4), themes.getOrDefault(id, List.of()), Columns.longOrNull(rs, 5),
                        Columns.dateOrNull(rs, 6), rs.getString(7),
                        Columns.longOrNull(rs, 8)));
            }
        }
        return items;
    }

    /** Stores a new item with its themes and returns it with its id. */
    public InventoryItem insert(Connection c, InventoryItem item) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO inventory_item (kind, title, description, "
                + "group_id, item_date, link, contract_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(st, item);
            st.setObject(7, item.contractId(), Types.INTEGER);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                InventoryItem stored = item.withId(keys.getLong(1));
                writeThemes(c, stored);
                return stored;
            }
        }
    }

    /** Replaces a stored item and its themes (the contract it came from stays). */
    public void update(Connection c, InventoryItem item) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE inventory_item SET kind = ?, title = ?, "
                + "description = ?, group_id = ?, item_date = ?, link = ? WHERE id = ?")) {
            bind(st, item);
            st.setLong(7, item.id());
            st.executeUpdate();
        }
        writeThemes(c, item);
    }

    /** Removes an item and its theme links. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM inventory_item WHERE id = ?", id);
    }

    /** How many items the inventory holds. */
    public long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM inventory_item");
    }

    /** The ids of the contracts that already have an item. */
    public Set<Long> contractsInInventory(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT contract_id FROM inventory_item WHERE contract_id IS NOT NULL");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void writeThemes(Connection c, InventoryItem item) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM inventory_item_theme WHERE item_id = ?")) {
            del.setLong(1, item.id());
            del.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO inventory_item_theme (item_id, theme_id) VALUES (?, ?)")) {
            for (long theme : item.themeIds()) {
                st.setLong(1, item.id());
                st.setLong(2, theme);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void bind(PreparedStatement st, InventoryItem item) throws SQLException {
        st.setString(1, item.kind().code());
        st.setString(2, item.title());
        st.setString(3, item.description());
        st.setObject(4, item.groupId(), Types.INTEGER);
        st.setString(5, Columns.iso(item.date()));
        st.setString(6, item.link());
    }
}
