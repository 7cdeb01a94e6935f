package nl.mviwerkboek.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the SWOT ({@code swot_item}) and "Waarom niet?" ({@code objection}). */
public final class SupportStorage {

    /** The whole picture. */
    public SupportPicture load(Connection c) throws SQLException {
        List<SwotItem> swot = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, quadrant, text FROM swot_item ORDER BY position, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                swot.add(new SwotItem(rs.getLong(1), SwotQuadrant.fromCode(rs.getString(2)), rs.getString(3)));
            }
        }
        List<Objection> objections = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, reason, answer FROM objection ORDER BY position, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                objections.add(new Objection(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return new SupportPicture(swot, objections);
    }

    /** Adds a SWOT item at the end of its quadrant. */
    public void insert(Connection c, SwotItem i) throws SQLException {
        Sql.update(c, "INSERT INTO swot_item (quadrant, text, position) "
                + "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM swot_item))", i.quadrant().code(), i.text());
    }

    /** Saves a SWOT item's text. */
    public void update(Connection c, SwotItem i) throws SQLException {
        Sql.update(c, "UPDATE swot_item SET text = ? WHERE id = ?", i.text(), i.id());
    }

    /** Removes a SWOT item. */
    public void delete(Connection c, SwotItem i) throws SQLException {
        Sql.update(c, "DELETE FROM swot_item WHERE id = ?", i.id());
    }

    /** Adds an objection at the end. */
    public void insert(Connection c, Objection o) throws SQLException {
        Sql.update(c, "INSERT INTO objection (reason, answer, position) "
                + "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM objection))", o.reason(), o.answer());
    }

    /** Saves an objection's reason and answer. */
    public void update(Connection c, Objection o) throws SQLException {
        Sql.update(c, "UPDATE objection SET reason = ?, answer = ? WHERE id = ?", o.reason(), o.answer(), o.id());
    }

    /** Removes an objection. */
    public void delete(Connection c, Objection o) throws SQLException {
        Sql.update(c, "DELETE FROM objection WHERE id = ?", o.id());
    }
}
