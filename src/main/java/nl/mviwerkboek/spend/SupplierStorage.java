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
 */
public final class SupplierStorage implements AutoCloseable {

    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byPrintedName = new HashMap<>();
    private final Map<String, Long> byKvk = new HashMap<>();
    private final PreparedStatement insert;
    private final PreparedStatement setKvk;
    private final PreparedStatement setPlace;
    private final java.util.Set<Long> withoutPlace = new java.util.HashSet<>();

    /** Loads the plan's suppliers for an import on {@code c}. */
    public SupplierStorage(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, normalised_name, kvk, postcode, city FROM supplier")) {
            while (rs.next()) {
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
        insert = c.prepareStatement("INSERT INTO supplier (normalised_name, name, kvk, vat_number, postcode, city) "
                + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
        setKvk = c.prepareStatement("UPDATE supplier SET kvk = ? WHERE id = ? AND kvk IS NULL");
    }

    /**
     * The id of the line's supplier, created when new. A known supplier without postcode or place gets
     * them from the first line that has them (an earlier export may not have had those columns).
     */
    public long idFor(ParsedLine line) throws SQLException {
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
            setPlace.setString(1, line.postcode());
            setPlace.setString(2, line.city());
            setPlace.setLong(3, id);
            setPlace.executeUpdate();
        }
        return id;
    }

    private long resolve(ParsedLine line) throws SQLException {
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
            setKvk.setString(1, kvk);
            setKvk.setLong(2, id);
            setKvk.executeUpdate();
            byKvk.put(kvk, id);
        }
        return id;
    }

    private long create(String key, ParsedLine line, String kvk) throws SQLException {
        insert.setString(1, key);
        insert.setString(2, line.supplierName());
        insert.setString(3, kvk == null || kvk.isEmpty() ? null : kvk);
        insert.setString(4, line.vatNumber());
        insert.setString(5, line.postcode());
        insert.setString(6, line.city());
        insert.executeUpdate();
        long id;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        byName.put(key, id);
        if (line.postcode() == null || line.city() == null) {
            withoutPlace.add(id);
        }
        if (kvk != null && !kvk.isEmpty()) {
            byKvk.put(kvk, id);
        }
        return id;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        setKvk.close();
        setPlace.close();
    }
}
