package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the plan's product groups and their impact scores (tables {@code product_group*}). */
public final class ProductGroupStorage {

    private static final String COLUMNS = "id, code, cluster, name, description, cpv_prefix, procurement_kind, "
            + "impact_basis, position, archived, merged_into, focus";

    /** All groups, archived and merged ones included, in catalogue order. */
    public List<ProductGroup> list(Connection c) throws SQLException {
        Map<Long, Map<ImpactDimension, Integer>> impact = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_id, dimension, score FROM product_group_impact")) {
            while (rs.next()) {
                impact.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ImpactDimension.class))
                        .put(ImpactDimension.fromCode(rs.getString(2)), rs.getInt(3));
            }
        }
        List<ProductGroup> groups = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM product_group ORDER BY position, id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                groups.add(new ProductGroup(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), ProcurementKind.fromCode(rs.getString(7)), rs.getString(8), rs.getInt(9),
                        rs.getInt(10) == 1, rs.getObject(11) == null ? null : rs.getLong(11), rs.getInt(12) == 1,
                        Map.copyOf(impact.getOrDefault(id, Map.of()))));
            }
        }
        return groups;
    }

    /** Adds a group at the end of the catalogue; returns its id. */
    public long insert(Connection c, String code, String cluster, String name, ProcurementKind kind)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO product_group (code, cluster, name, "
                + "procurement_kind, position) VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 "
                + "FROM product_group))", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, code);
            st.setString(2, cluster);
            st.setString(3, name);
            st.setString(4, kind.code());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Saves a group's texts, kind and impact scores. */
    public void update(Connection c, ProductGroup g) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE product_group SET cluster = ?, name = ?, "
                + "description = ?, cpv_prefix = ?, procurement_kind = ?, impact_basis = ? WHERE id = ?")) {
            st.setString(1, g.cluster());
            st.setString(2, g.name());
            st.setString(3, g.description());
            st.setString(4, g.cpvPrefix() == null || g.cpvPrefix().isBlank() ? null : g.cpvPrefix().strip());
            st.setString(5, g.kind().code());
            st.setString(6, g.impactBasis());
            st.setLong(7, g.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO product_group_impact (group_id, dimension, score) "
                + "VALUES (?, ?, ?) ON CONFLICT (group_id, dimension) DO UPDATE SET score = excluded.score")) {
            for (Map.Entry<ImpactDimension, Integer> e : g.impact().entrySet()) {
                st.setLong(1, g.id());
                st.setString(2, e.getKey().code());
                st.setInt(3, e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Archives a group or brings it back; its lines, rules and assignments stay. */
    public void setArchived(Connection c, long id, boolean archived) throws SQLException {
        update(c, "UPDATE product_group SET archived = ? WHERE id = ?", archived ? 1 : 0, id);
    }

    /** Marks a group as focus group of the plan, or not. */
    public void setFocus(Connection c, long id, boolean focus) throws SQLException {
        update(c, "UPDATE product_group SET focus = ? WHERE id = ?", focus ? 1 : 0, id);
    }

    /**
     * Merges {@code from} into {@code into}: every rule, assignment, line, summary row and contract of
     * {@code from} moves along, and {@code from} stays archived with a pointer to where it went.
     */
    public void merge(Connection c, long from, long into) throws SQLException {
        for (String table : List.of("classification_rule", "supplier_assignment", "line_assignment", "spend_line",
                "spend_cube", "contract")) {
            String column = table.equals("spend_line") ? "product_group_id" : "group_id";
            update(c, "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?", into, from);
        }
        update(c, "UPDATE product_group SET focus = 1 WHERE id = ? AND (SELECT focus FROM product_group "
                + "WHERE id = ?) = 1", into, from);
        update(c, "UPDATE product_group SET archived = 1, focus = 0, merged_into = ? WHERE id = ?", into, from);
    }

    private static void update(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, a);
            st.setLong(2, b);
            st.executeUpdate();
        }
    }
}
