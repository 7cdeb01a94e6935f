package nl.mviwerkboek.actions.tender;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes effects of tenders and contracts (table {@code effect}). */
public final class EffectStorage {

    /** Every effect (expected before realised, in the order added); for one tender when {@code actionId} is not null. */
    public List<Effect> list(Connection c, Long actionId) throws SQLException {
        List<Effect> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, action_id, contract_id, goal_id, kind, description, "
                + "value, unit, source FROM effect WHERE ? IS NULL OR action_id = ? ORDER BY kind DESC, id")) {
            st.setObject(1, actionId);
            st.setObject(2, actionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Effect(rs.getLong(1), Columns.longOrNull(rs, 2), Columns.longOrNull(rs, 3),
                            Columns.longOrNull(rs, 4), EffectKind.fromCode(rs.getString(5)), rs.getString(6),
                            Columns.doubleOrNull(rs, 7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return result;
    }

    /** Adds an effect. */
    public void insert(Connection c, Effect e) throws SQLException {
        Sql.update(c, "INSERT INTO effect (action_id, contract_id, goal_id, kind, description, value, unit, source) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.actionId(), e.contractId(), e.goalId(), e.kind().code(),
                e.description(), e.value(), e.unit(), e.source());
    }

    /** Removes an effect. */
    public void delete(Connection c, Effect e) throws SQLException {
        Sql.update(c, "DELETE FROM effect WHERE id = ?", e.id());
    }
}
