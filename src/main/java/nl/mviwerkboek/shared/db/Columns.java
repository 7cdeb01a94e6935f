package nl.mviwerkboek.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small column readers for the storage classes: nullable values as boxed values, and id lists. */
public final class Columns {

    private Columns() {
    }

    /** A nullable INTEGER column as a {@code Long}. */
    public static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable INTEGER column as an {@code Integer}. */
    public static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable REAL column as a {@code Double}. */
    public static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** Runs a query of two id columns and groups the second by the first, in the query's order. */
    public static Map<Long, List<Long>> idLists(Connection c, String sql) throws SQLException {
        Map<Long, List<Long>> result = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return result;
    }

    /** A nullable ISO date column ({@code yyyy-mm-dd}) as a date, or null. */
    public static java.time.LocalDate dateOrNull(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : java.time.LocalDate.parse(value);
    }

    /** A date as stored (ISO {@code yyyy-mm-dd}), or null. */
    public static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
