package nl.mviwerkboek.shared.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads columns that may be NULL as boxed values (null for NULL) for the storage classes. */
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
}
