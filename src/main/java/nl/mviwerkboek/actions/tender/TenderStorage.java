package nl.mviwerkboek.actions.tender;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes the criteria, consultations and outcome of tenders ({@code tender_criterion}, …). */
public final class TenderStorage {

    /** Every criterion, by tender and in the order added; for one tender when {@code actionId} is not null. */
    public List<TenderCriterion> criteria(Connection c, Long actionId) throws SQLException {
        List<TenderCriterion> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, action_id, type, theme_id, ambition, tool_number, text "
                + "FROM tender_criterion WHERE ? IS NULL OR action_id = ? ORDER BY action_id, position, id")) {
            st.setObject(1, actionId);
            st.setObject(2, actionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Integer ambition = Columns.intOrNull(rs, 5);
                    result.add(new TenderCriterion(rs.getLong(1), rs.getLong(2), CriterionType.fromCode(rs.getString(3)),
                            Columns.longOrNull(rs, 4), ambition == null ? null : AmbitionLevel.of(ambition),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        return result;
    }

    /** Every consultation, by tender and date; for one tender when {@code actionId} is not null. */
    public List<MarketConsultation> consultations(Connection c, Long actionId) throws SQLException {
        List<MarketConsultation> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, action_id, held_on, form, parties, learned, changed "
                + "FROM market_consultation WHERE ? IS NULL OR action_id = ? ORDER BY action_id, held_on, id")) {
            st.setObject(1, actionId);
            st.setObject(2, actionId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new MarketConsultation(rs.getLong(1), rs.getLong(2), Columns.dateOrNull(rs, 3),
                            ConsultationForm.fromCode(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return result;
    }

    /** What was offered and expected after award: {offered, expected}, empty texts when not recorded. */
    public String[] outcome(Connection c, long actionId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT offered, expected FROM tender_outcome WHERE action_id = ?")) {
            st.setLong(1, actionId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[] {"", ""};
            }
        }
    }

    /** Adds a criterion at the end of its tender's list. */
    public void insert(Connection c, TenderCriterion k) throws SQLException {
        Sql.update(c, "INSERT INTO tender_criterion (action_id, type, theme_id, ambition, tool_number, text, position) "
                        + "VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM tender_criterion))",
                k.actionId(), k.type().code(), k.themeId(), k.ambition() == null ? null : k.ambition().number(),
                k.toolNumber(), k.text());
    }

    /** Removes a criterion. */
    public void delete(Connection c, TenderCriterion k) throws SQLException {
        Sql.update(c, "DELETE FROM tender_criterion WHERE id = ?", k.id());
    }

    /** Adds a consultation. */
    public void insert(Connection c, MarketConsultation m) throws SQLException {
        Sql.update(c, "INSERT INTO market_consultation (action_id, held_on, form, parties, learned, changed) "
                + "VALUES (?, ?, ?, ?, ?, ?)", m.actionId(), Columns.iso(m.date()), m.form().code(), m.parties(),
                m.learned(), m.changed());
    }

    /** Removes a consultation. */
    public void delete(Connection c, MarketConsultation m) throws SQLException {
        Sql.update(c, "DELETE FROM market_consultation WHERE id = ?", m.id());
    }

    /** Saves what was offered and expected after award. */
    public void saveOutcome(Connection c, long actionId, String offered, String expected) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO tender_outcome (action_id, offered, expected) VALUES (?, ?, ?)",
                actionId, offered, expected);
    }
}
