package nl.mviwerkboek.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One-statement helpers for the storage classes: a count, an update with parameters, a move in an ordered list. */
public final class Sql {

    private Sql() {
    }

    /** The single number a query such as {@code SELECT COUNT(*) FROM …} returns; 0 when it returns no row. */
    public static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs an INSERT, UPDATE or DELETE with its parameters in order (null binds NULL); the rows changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        }
    }

    /** Runs an INSERT with its parameters in order (null binds NULL); the new row's id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        update(c, sql, params);
        return count(c, "SELECT last_insert_rowid()");
    }

    /**
     * Moves {@code id} one place up ({@code -1}) or down ({@code +1}) in {@code orderedIds} and stores
     * each row's index as its {@code position} in {@code table}; nothing happens at either end.
     */
    public static void move(Connection c, String table, List<Long> orderedIds, long id, int step) throws SQLException {
        List<Long> ids = new ArrayList<>(orderedIds);
        int from = ids.indexOf(id);
        int to = from + step;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        try (PreparedStatement st = c.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                st.setInt(1, i);
                st.setLong(2, ids.get(i));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
