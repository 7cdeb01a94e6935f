package nl.mviwerkboek.anchoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the anchoring checklist (table {@code anchoring_item}). */
public final class AnchoringStorage {

    /** Every item in checklist order. */
    public List<AnchoringItem> list(Connection c) throws SQLException {
        List<AnchoringItem> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, measure, title, status, owner_id, evidence, done_on "
                + "FROM anchoring_item ORDER BY position, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String measure = rs.getString(2);
                result.add(new AnchoringItem(rs.getLong(1), measure == null ? null : AnchoringMeasure.fromCode(measure),
                        rs.getString(3), AnchoringStatus.fromCode(rs.getString(4)), Columns.longOrNull(rs, 5),
                        rs.getString(6), Columns.dateOrNull(rs, 7)));
            }
        }
        return result;
    }

    /** Adds an own item at the end of the list. */
    public void insert(Connection c, String title) throws SQLException {
        Sql.update(c, "INSERT INTO anchoring_item (title, position) "
                + "VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM anchoring_item))", title);
    }

    /** Saves an item's status, owner, evidence and date (and an own item's title). */
    public void update(Connection c, AnchoringItem i) throws SQLException {
        Sql.update(c, "UPDATE anchoring_item SET title = ?, status = ?, owner_id = ?, evidence = ?, done_on = ? "
                + "WHERE id = ?", i.title(), i.status().code(), i.ownerId(), i.evidence(), Columns.iso(i.doneOn()), i.id());
    }

    /** Removes an own item; standard measures stay (they can be marked not applicable). */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM anchoring_item WHERE id = ? AND measure IS NULL", id);
    }
}
