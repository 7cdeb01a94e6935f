package nl.mviwerkboek.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the voorbeeldenbank (table {@code example}), own examples first, then by title. */
public final class ExampleStorage {

    /** Every example. */
    public List<Example> list(Connection c) throws SQLException {
        List<Example> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, title, organisation, product_group, themes, criteria, "
                + "result, lessons, contact, link, own FROM example ORDER BY own DESC, title COLLATE NOCASE, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(new Example(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getInt(11) != 0));
            }
        }
        return result;
    }

    /** Adds an example. */
    public void insert(Connection c, Example e) throws SQLException {
        Sql.update(c, "INSERT INTO example (title, organisation, product_group, themes, criteria, result, lessons, "
                        + "contact, link, own) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.title(), e.organisation(),
                e.productGroup(), e.themes(), e.criteria(), e.result(), e.lessons(), e.contact(), e.link(),
                e.own() ? 1 : 0);
    }

    /** Saves changes to an example. */
    public void update(Connection c, Example e) throws SQLException {
        Sql.update(c, "UPDATE example SET title = ?, organisation = ?, product_group = ?, themes = ?, criteria = ?, "
                        + "result = ?, lessons = ?, contact = ?, link = ?, own = ? WHERE id = ?", e.title(),
                e.organisation(), e.productGroup(), e.themes(), e.criteria(), e.result(), e.lessons(), e.contact(),
                e.link(), e.own() ? 1 : 0, e.id());
    }

    /** Removes an example. */
    public void delete(Connection c, Example e) throws SQLException {
        Sql.update(c, "DELETE FROM example WHERE id = ?", e.id());
    }
}
