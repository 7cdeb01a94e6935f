package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Manual assignments of suppliers and single lines to product groups (tables {@code *_assignment}). */
public final class AssignmentStorage {

    /** Assigns suppliers (their root suppliers) to a group, or removes their assignment when null. */
    public void assignSuppliers(Connection c, Collection<Long> supplierIds, Long groupId) throws SQLException {
        String sql = groupId == null ? "DELETE FROM supplier_assignment WHERE supplier_id = ?"
                : "INSERT INTO supplier_assignment (supplier_id, group_id) VALUES (?, ?) "
                + "ON CONFLICT (supplier_id) DO UPDATE SET group_id = excluded.group_id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (long id : supplierIds) {
                st.setLong(1, id);
                if (groupId != null) {
                    st.setLong(2, groupId);
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Assigns one line (by its key) to a group, or removes its assignment when null. */
    public void assignLine(Connection c, String lineKey, Long groupId) throws SQLException {
        String sql = groupId == null ? "DELETE FROM line_assignment WHERE line_key = ?"
                : "INSERT INTO line_assignment (line_key, group_id) VALUES (?, ?) "
                + "ON CONFLICT (line_key) DO UPDATE SET group_id = excluded.group_id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, lineKey);
            if (groupId != null) {
                st.setLong(2, groupId);
            }
            st.executeUpdate();
        }
    }

    /** Supplier id → group id of all supplier assignments. */
    public Map<Long, Long> supplierGroups(Connection c) throws SQLException {
        return longMap(c, "SELECT supplier_id, group_id FROM supplier_assignment");
    }

    /** Line key → group id of all line assignments. */
    public Map<String, Long> lineGroups(Connection c) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT line_key, group_id FROM line_assignment")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    /** Builds the classifier for the plan's current rules, assignments and supplier merges. */
    public Classifier classifier(Connection c) throws SQLException {
        return classifier(c, null);
    }

    /** The same with {@code extra} (a rule not yet saved, say) after the plan's rules; null for none. */
    public Classifier classifier(Connection c, ClassificationRule extra) throws SQLException {
        List<ClassificationRule> rules = new ArrayList<>(new RuleStorage().list(c));
        if (extra != null) {
            rules.add(extra);
        }
        return build(c, rules, supplierGroups(c), lineGroups(c));
    }

    /** A classifier with {@code rule} only, no assignments: which lines the rule matches at all. */
    public Classifier ruleAlone(Connection c, ClassificationRule rule) throws SQLException {
        return build(c, List.of(rule), Map.of(), Map.of());
    }

    private static Classifier build(Connection c, List<ClassificationRule> rules, Map<Long, Long> supplierGroups,
                                    Map<String, Long> lineGroups) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, normalised_name FROM supplier")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return new Classifier(rules, supplierGroups, lineGroups,
                longMap(c, "SELECT id, root_id FROM supplier WHERE root_id IS NOT NULL"), names);
    }

    private static Map<Long, Long> longMap(Connection c, String sql) throws SQLException {
        Map<Long, Long> result = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return result;
    }
}
