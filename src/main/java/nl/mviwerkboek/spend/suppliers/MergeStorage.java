package nl.mviwerkboek.spend.suppliers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supplier merges: suggestions, merging, undoing and rejecting pairs. A merged supplier keeps its own
 * lines; it points to the supplier it was merged into, and every supplier knows the root it counts under.
 */
public final class MergeStorage {

    /** Suggested pairs over the current root suppliers. */
    public List<MergeSuggestion> suggestions(Connection c) throws SQLException {
        List<Candidate> roots = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT r.id, r.name, "
                + "r.normalised_name, r.kvk, COALESCE(SUM(k.amount_cents), 0) FROM supplier r "
                + "JOIN supplier s ON COALESCE(s.root_id, s.id) = r.id JOIN spend_cube k ON k.supplier_id = s.id "
                + "WHERE r.root_id IS NULL GROUP BY r.id")) {
            while (rs.next()) {
                roots.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)));
            }
        }
        Set<String> rejected = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT first_id, second_id FROM supplier_pair_rejected")) {
            while (rs.next()) {
                rejected.add(DuplicateFinder.pairKey(rs.getLong(1), rs.getLong(2)));
            }
        }
        return DuplicateFinder.find(roots, rejected);
    }

    /** Counts {@code source} (and what was merged into it) under {@code target} from now on. */
    public long merge(Connection c, long source, long target, double score) throws SQLException {
        if (source == target) {
            throw new IllegalArgumentException("A supplier cannot be merged into itself");
        }
        setParent(c, source, target);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO supplier_merge (source_id, target_id, score, "
                + "merged_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, source);
            st.setLong(2, target);
            st.setDouble(3, score);
            st.setString(4, Instant.now().toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Undoes a merge: the source supplier counts on its own again (with what was merged into it). */
    public void undo(Connection c, long mergeId) throws SQLException {
        long source;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT source_id FROM supplier_merge WHERE id = ? AND undone_at IS NULL")) {
            st.setLong(1, mergeId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                source = rs.getLong(1);
            }
        }
        setParent(c, source, null);
        try (PreparedStatement st = c.prepareStatement("UPDATE supplier_merge SET undone_at = ? WHERE id = ?")) {
            st.setString(1, Instant.now().toString());
            st.setLong(2, mergeId);
            st.executeUpdate();
        }
    }

    /** Remembers that two suppliers are not the same, so they are not suggested again. */
    public void reject(Connection c, long first, long second) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT OR IGNORE INTO supplier_pair_rejected (first_id, second_id) VALUES (?, ?)")) {
            st.setLong(1, Math.min(first, second));
            st.setLong(2, Math.max(first, second));
            st.executeUpdate();
        }
    }

    /** The merges in force, newest first. */
    public List<SupplierMerge> merges(Connection c) throws SQLException {
        List<SupplierMerge> result = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT m.id, m.source_id, s.name, "
                + "m.target_id, t.name, m.score, m.merged_at FROM supplier_merge m JOIN supplier s ON s.id = "
                + "m.source_id JOIN supplier t ON t.id = m.target_id WHERE m.undone_at IS NULL ORDER BY m.id DESC")) {
            while (rs.next()) {
                result.add(new SupplierMerge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getDouble(6), Instant.parse(rs.getString(7))));
            }
        }
        return result;
    }

    private static void setParent(Connection c, long id, Long parent) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE supplier SET merged_into = ? WHERE id = ?")) {
            if (parent == null) {
                st.setNull(1, Types.INTEGER);
            } else {
                st.setLong(1, parent);
            }
            st.setLong(2, id);
            st.executeUpdate();
        }
        updateRoots(c);
    }

    /** Sets every supplier's root from the chain of merges (NULL for suppliers that are their own root). */
    static void updateRoots(Connection c) throws SQLException {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> current = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, merged_into, root_id FROM supplier WHERE merged_into IS NOT NULL OR root_id IS NOT NULL")) {
            while (rs.next()) {
                if (rs.getObject(2) != null) {
                    parent.put(rs.getLong(1), rs.getLong(2));
                }
                current.put(rs.getLong(1), rs.getObject(3) == null ? null : rs.getLong(3));
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE supplier SET root_id = ? WHERE id = ?")) {
            for (Long id : current.keySet()) {
                Long root = null;
                Long at = parent.get(id);
                for (int guard = 0; at != null && guard < 1_000; guard++) {
                    root = at;
                    at = parent.get(at);
                }
                if (!java.util.Objects.equals(root, current.get(id))) {
                    st.setObject(1, root);
                    st.setLong(2, id);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }
}
