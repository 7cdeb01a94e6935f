package nl.mviwerkboek.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the log of successes (table {@code success}), newest first. */
public final class SuccessStorage {

    /** Every success, newest first. */
    public List<Success> list(Connection c) throws SQLException {
        List<Success> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, happened_on, what, effect, channels, shared_note "
                + "FROM success ORDER BY happened_on DESC, id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.add(new Success(rs.getLong(1), Columns.dateOrNull(rs, 2), rs.getString(3), rs.getString(4),
                        channels(rs.getString(5)), rs.getString(6)));
            }
        }
        return result;
    }

    /** Adds a success. */
    public void insert(Connection c, Success s) throws SQLException {
        Sql.update(c, "INSERT INTO success (happened_on, what, effect, channels, shared_note) VALUES (?, ?, ?, ?, ?)",
                Columns.iso(s.date()), s.what(), s.effect(), codes(s.channels()), s.sharedNote());
    }

    /** Saves changes to a success. */
    public void update(Connection c, Success s) throws SQLException {
        Sql.update(c, "UPDATE success SET happened_on = ?, what = ?, effect = ?, channels = ?, shared_note = ? "
                + "WHERE id = ?", Columns.iso(s.date()), s.what(), s.effect(), codes(s.channels()), s.sharedNote(), s.id());
    }

    /** Removes a success. */
    public void delete(Connection c, Success s) throws SQLException {
        Sql.update(c, "DELETE FROM success WHERE id = ?", s.id());
    }

    private static String codes(Set<ShareChannel> channels) {
        return channels.stream().map(ShareChannel::code).collect(Collectors.joining(","));
    }

    private static Set<ShareChannel> channels(String codes) {
        Set<ShareChannel> result = EnumSet.noneOf(ShareChannel.class);
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                result.add(ShareChannel.fromCode(code.strip()));
            }
        }
        return result;
    }
}
