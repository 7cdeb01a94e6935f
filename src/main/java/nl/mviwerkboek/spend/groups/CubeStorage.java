package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects spend per import, year, supplier, product group and cost centre in memory and writes it
 * to {@code spend_cube}, the small table every analysis view reads instead of the lines.
 */
public final class CubeStorage {

    private record Key(long importId, int year, long supplierId, Long groupId, String costCentre) {
    }

    private static final class Sum {
        long lines;
        long cents;
    }

    private final Map<Key, Sum> sums = new HashMap<>();

    /** Counts one line. */
    public void add(long importId, int year, long supplierId, Long groupId, String costCentre, long cents) {
        Sum sum = sums.computeIfAbsent(new Key(importId, year, supplierId, groupId,
                costCentre == null ? "" : costCentre), k -> new Sum());
        sum.lines++;
        sum.cents += cents;
    }

    /** Adds the collected sums to the table. */
    public void write(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO spend_cube (import_id, year, supplier_id, "
                + "group_id, cost_centre, lines, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<Key, Sum> e : sums.entrySet()) {
                Key k = e.getKey();
                st.setLong(1, k.importId());
                st.setInt(2, k.year());
                st.setLong(3, k.supplierId());
                if (k.groupId() == null) {
                    st.setNull(4, java.sql.Types.INTEGER);
                } else {
                    st.setLong(4, k.groupId());
                }
                st.setString(5, k.costCentre());
                st.setLong(6, e.getValue().lines);
                st.setLong(7, e.getValue().cents);
                st.addBatch();
                if (++n % 5_000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }

    /** Empties the table before it is written again from all lines. */
    public static void clear(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM spend_cube");
        }
    }
}
