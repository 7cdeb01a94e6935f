package nl.mviwerkboek.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes review moments (table {@code review}). */
public final class ReviewStorage {

    /** Every review, newest first. */
    public List<Review> list(Connection c) throws SQLException {
        List<Review> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, held_on, kind, notes, decisions, next_on FROM review ORDER BY held_on DESC, id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(new Review(rs.getLong(1), LocalDate.parse(rs.getString(2)), ReviewKind.fromCode(rs.getString(3)),
                        rs.getString(4), rs.getString(5), Columns.dateOrNull(rs, 6)));
            }
        }
        return result;
    }

    /** Stores a new review. */
    public void insert(Connection c, Review r) throws SQLException {
        Sql.update(c, "INSERT INTO review (held_on, kind, notes, decisions, next_on) VALUES (?, ?, ?, ?, ?)",
                r.heldOn().toString(), r.kind().code(), r.notes(), r.decisions(), Columns.iso(r.nextOn()));
    }

    /** Replaces a stored review. */
    public void update(Connection c, Review r) throws SQLException {
        Sql.update(c, "UPDATE review SET held_on = ?, kind = ?, notes = ?, decisions = ?, next_on = ? WHERE id = ?",
                r.heldOn().toString(), r.kind().code(), r.notes(), r.decisions(), Columns.iso(r.nextOn()), r.id());
    }

    /** Removes a review. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM review WHERE id = ?", id);
    }
}
