package nl.mviwerkboek.spend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import nl.mviwerkboek.spend.parse.SupplierNames;

/**
 * Finds or creates the supplier of each spend line during an import: one per normalised name,
 * merged by KvK number where a line has one. Keeps the plan's suppliers in memory while it runs.
 * Deciding ({@link #idFor}) touches only memory, so it runs on the reading thread (ADR 0035); new
 * suppliers get the next free ids there, and the changes it decided are written by {@link #write}
 * on the database thread, before the lines that need them.
 */
public final class SupplierStorage implements AutoCloseable {

    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byPrintedName = new HashMap<>();
    private final Map<String, Long> byKvk = new HashMap<>();
    private final PreparedStatement insert;
    private final PreparedStatement setKvk;
    private final PreparedStatement setPlace;
    private final java.util.Set<Long> withoutPlace = new java.util.HashSet<>();
    private java.util.List<Object[]> pending = new java.util.ArrayList<>();
    private long nextId;

    /** Loads the plan's suppliers for an import on {@code c}. */
    public SupplierStorage(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, normalised_name, kvk, postcode, city FROM supplier")) {
            while (rs.next()) {
                nextId = Math.max(nextId, rs.getLong(1));
                byName.put(rs.getString(2), rs.getLong(1));
                if (rs.getString(3) != null) {
                    byKvk.put(rs.getString(3), rs.getLong(1));
                }
                if (rs.getString(4) == null || rs.getString(5) == null) {
                    withoutPlace.add(rs.getLong(1));
                }
            }
        }
        setPlace = c.prepareStatement("UPDATE supplier SET postcode = COALESCE(postcode, ?), "
                + "city = COALESCE(city, ?) WHERE id = ?");
        nextId++;
        insert = c.prepareStatement("INSERT INTO supplier (id, normalised_name, name, kvk, vat_number, postcode, "
                + "city) VALUES (?, ?, ?, ?, ?, ?, ?)");
        setKvk = c.prepareStatement("UPDATE supplier SET kvk = ? WHERE id = ? AND kvk IS NULL");
    }

    /**
     * The id of the line's supplier, created when new. A known supplier without postcode or place gets
     * them from the first line that has them (an earlier export may not have had those columns).
     */
    public long idFor(ParsedLine line) {
        long id;
        Long known = line.kvk() == null ? byPrintedName.get(line.supplierName()) : null;
        if (known != null) {
            id = known;
        } else {
            id = resolve(line);
            if (line.kvk() == null) {
                byPrintedName.put(line.supplierName(), id);
            }
        }
        if (!withoutPlace.isEmpty() && (line.postcode() != null || line.city() != null) && withoutPlace.remove(id)) {
            pending.add(new Object[] {setPlace, line.postcode(), line.city(), id});
        }
        return id;
    }

    private long resolve(ParsedLine line) {
        String kvk = line.kvk() == null ? null : line.kvk().replaceAll("\\D", "");
        if (kvk != null && !kvk.isEmpty() && byKvk.containsKey(kvk)) {
            return byKvk.get(kvk);
        }
        String key = SupplierNames.normalise(line.supplierName());
        if (key.isEmpty()) {
            key = line.supplierName().strip().toLowerCase(java.util.Locale.ROOT);
        }
        Long id = byName.get(key);
        if (id == null) {
            id = create(key, line, kvk);
        } else if (kvk != null && !kvk.isEmpty()) {
            pending.add(new Object[] {setKvk, kvk, id});
            byKvk.put(kvk, id);
        }
        return id;
    }

    private long create(String key, ParsedLine line, String kvk) {
        long id = nextId++;
        pending.add(new Object[] {insert, id, key, line.supplierName(), kvk == null || kvk.isEmpty() ? null : kvk,
            line.vatNumber(), line.postcode(), line.city()});
        byName.put(key, id);
        if (line.postcode() == null || line.city() == null) {
            withoutPlace.add(id);
        }
        if (kvk != null && !kvk.isEmpty()) {
            byKvk.put(kvk, id);
        }
        return id;
    }

    /** The changes decided since the last call, to hand to {@link #write} with the lines that need them. */
    public java.util.List<Object[]> takeChanges() {
        java.util.List<Object[]> taken = pending;
        pending = new java.util.ArrayList<>();
        return taken;
    }

    /** Writes changes from {@link #takeChanges}, in the order decided (on the database thread). */
    public static void write(java.util.List<Object[]> changes) throws SQLException {
        for (Object[] change : changes) {
            PreparedStatement st = (PreparedStatement) change[0];
            for (int i = 1; i < change.length; i++) {
                st.setObject(i, change[i]);
            }
            st.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        setKvk.close();
        setPlace.close();
    }
}
