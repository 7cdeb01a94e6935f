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

    /** Bits of the packed key: supplier 31, year since 1900 8, cost centre number 12, group id 12. */
    private static final int YEAR_BITS = 8;
    private static final int SMALL_BITS = 12;
    private static final long SMALL_MAX = (1L << SMALL_BITS) - 1;

    private final Map<Key, Sum> rare = new HashMap<>();
    private final Map<Long, LongSums> byImport = new HashMap<>();
    private final Map<String, Integer> costCentreNumbers = new HashMap<>();
    private final java.util.List<String> costCentres = new java.util.ArrayList<>();
    private long lastImport = -1;
    private LongSums last;

    /** Counts one line. Most lines go into packed primitive keys; anything that does not fit, into a map. */
    public void add(long importId, int year, long supplierId, Long groupId, String costCentre, long cents) {
        String cc = costCentre == null ? "" : costCentre;
        Integer ccNumber = costCentreNumbers.get(cc);
        if (ccNumber == null && costCentres.size() <= SMALL_MAX) {
            ccNumber = costCentres.size();
            costCentres.add(cc);
            costCentreNumbers.put(cc, ccNumber);
        }
        long group = groupId == null ? 0 : groupId;
        int y = year - 1900;
        if (ccNumber == null || group > SMALL_MAX || group < 0 || supplierId < 0 || supplierId >= (1L << 31)
                || y < 0 || y >= (1 << YEAR_BITS)) {
            Sum sum = rare.computeIfAbsent(new Key(importId, year, supplierId, groupId, cc), k -> new Sum());
            sum.lines++;
            sum.cents += cents;
            return;
        }
        if (importId != lastImport) {
            last = byImport.computeIfAbsent(importId, k -> new LongSums());
            lastImport = importId;
        }
        last.add((supplierId << (YEAR_BITS + 2 * SMALL_BITS)) | ((long) y << (2 * SMALL_BITS))
                | ((long) ccNumber << SMALL_BITS) | group, cents);
    }

    /** Adds the collected sums to the table. */
    public void write(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO spend_cube (import_id, year, supplier_id, "
                + "group_id, cost_centre, lines, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int[] n = {0};
            for (Map.Entry<Long, LongSums> e : byImport.entrySet()) {
                long importId = e.getKey();
                e.getValue().forEach((key, lines, cents) -> {
                    long group = key & SMALL_MAX;
                    insert(st, importId, (int) ((key >>> (2 * SMALL_BITS)) & ((1 << YEAR_BITS) - 1)) + 1900,
                            key >>> (YEAR_BITS + 2 * SMALL_BITS), group == 0 ? null : group,
                            costCentres.get((int) ((key >>> SMALL_BITS) & SMALL_MAX)), lines, cents, n);
                });
            }
            for (Map.Entry<Key, Sum> e : rare.entrySet()) {
                Key k = e.getKey();
                insert(st, k.importId(), k.year(), k.supplierId(), k.groupId(), k.costCentre(), e.getValue().lines,
                        e.getValue().cents, n);
            }
            st.executeBatch();
        }
    }

    private static void insert(PreparedStatement st, long importId, int year, long supplierId, Long groupId,
                               String costCentre, long lines, long cents, int[] n) throws SQLException {
        st.setLong(1, importId);
        st.setInt(2, year);
        st.setLong(3, supplierId);
        if (groupId == null) {
            st.setNull(4, java.sql.Types.INTEGER);
        } else {
            st.setLong(4, groupId);
        }
        st.setString(5, costCentre);
        st.setLong(6, lines);
        st.setLong(7, cents);
        st.addBatch();
        if (++n[0] % 5_000 == 0) {
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
