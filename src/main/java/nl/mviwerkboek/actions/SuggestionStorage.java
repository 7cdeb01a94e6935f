package nl.mviwerkboek.actions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.mviwerkboek.shared.db.Sql;

/** Remembers which suggestions were accepted or dismissed (table {@code suggestion_answer}). */
public final class SuggestionStorage {

    /** The keys of every answered suggestion. */
    public Set<String> answered(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT suggestion FROM suggestion_answer");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** Records an answer; answering again keeps the latest. */
    public void answer(Connection c, String key, boolean accepted, LocalDate day) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO suggestion_answer (suggestion, answer, answered_on) VALUES (?, ?, ?)",
                key, accepted ? "accepted" : "dismissed", day.toString());
    }

    /** Forgets every dismissal, so those suggestions are offered again. */
    public void forgetDismissed(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM suggestion_answer WHERE answer = 'dismissed'");
    }
}
