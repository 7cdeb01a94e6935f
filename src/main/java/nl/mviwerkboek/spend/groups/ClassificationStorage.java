package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.JobContext;

/**
 * Runs classification over every spend line of the plan: reads the lines once, stores the group of
 * the lines whose group changed, and writes the summary table again. Run inside one transaction.
 */
public final class ClassificationStorage {

    /** What a run did: lines looked at and lines whose group changed. */
    public record Outcome(long lines, long changed) {
    }

    /** Classifies all lines again with the plan's current rules and assignments. */
    public Outcome reclassify(Connection c, JobContext ctx) throws SQLException {
        ctx.checkCancelled();
        Classifier classifier = new AssignmentStorage().classifier(c);
        long total = count(c);
        CubeStorage cube = new CubeStorage();
        long[] changedIds = new long[1024];
        long[] changedGroups = new long[1024];
        int changed = 0;
        long done = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select(classifier))) {
            while (rs.next()) {
                long amount = rs.getLong(12);
                String costCentre = rs.getString(8);
                LineFacts facts = new LineFacts(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        costCentre, rs.getString(9), rs.getString(10), rs.getString(11), amount);
                Long group = classifier.classify(facts);
                long old = rs.getLong(13);
                Long oldGroup = rs.wasNull() ? null : old;
                if (!java.util.Objects.equals(group, oldGroup)) {
                    if (changed == changedIds.length) {
                        changedIds = Arrays.copyOf(changedIds, changed * 2);
                        changedGroups = Arrays.copyOf(changedGroups, changed * 2);
                    }
                    changedIds[changed] = rs.getLong(1);
                    changedGroups[changed++] = group == null ? -1 : group;
                }
                cube.add(rs.getLong(2), rs.getInt(3), facts.supplierId(), group, costCentre, amount);
                if (++done % 50_000 == 0) {
                    ctx.checkCancelled();
                    ctx.progress(done, total * 2);
                }
            }
        }
        ctx.checkCancelled();
        ctx.message(Messages.get("classify.progress.saving"));
        store(c, changedIds, changedGroups, changed, ctx, total);
        CubeStorage.clear(c);
        cube.write(c);
        setNeedsClassification(c, false);
        return new Outcome(done, changed);
    }

    /** The query over all lines, leaving out (as NULL) the text columns no rule looks at: much less to read. */
    private static String select(Classifier classifier) {
        String details = classifier.readsLineDetails() ? "supplier_name" : "NULL";
        String texts = classifier.readsDescriptions() ? "ledger_description" : "NULL";
        return "SELECT id, import_id, year, supplier_id, " + details + ", ledger_code, " + texts + ", cost_centre, "
                + (classifier.readsDescriptions() ? "description" : "NULL") + ", "
                + (classifier.readsLineDetails() ? "invoice_number, line_date" : "NULL, NULL")
                + ", amount_cents, product_group_id FROM spend_line";
    }

    private static void store(Connection c, long[] ids, long[] groups, int n, JobContext ctx, long total)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE spend_line SET product_group_id = ? WHERE id = ?")) {
            for (int i = 0; i < n; i++) {
                if (groups[i] < 0) {
                    st.setNull(1, Types.INTEGER);
                } else {
                    st.setLong(1, groups[i]);
                }
                st.setLong(2, ids[i]);
                st.addBatch();
                if ((i + 1) % 10_000 == 0) {
                    st.executeBatch();
                    ctx.checkCancelled();
                    ctx.progress(total + (long) i * total / Math.max(1, n), total * 2);
                }
            }
            st.executeBatch();
        }
    }

    /** Whether the lines still need a first classification (a plan from before version 4). */
    public boolean needsClassification(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT value FROM analysis_setting WHERE key = 'needs_classification'")) {
            return rs.next() && "1".equals(rs.getString(1));
        }
    }

    /** Marks the lines as needing classification again, in the transaction that changed rules or assignments. */
    public static void markNeeded(Connection c) throws SQLException {
        setNeedsClassification(c, true);
    }

    private static void setNeedsClassification(Connection c, boolean needed) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE analysis_setting SET value = ? WHERE key = 'needs_classification'")) {
            st.setString(1, needed ? "1" : "0");
            st.executeUpdate();
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(id) FROM spend_line")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
