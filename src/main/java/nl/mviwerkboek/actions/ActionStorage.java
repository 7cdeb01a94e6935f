package nl.mviwerkboek.actions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.shared.db.Columns;
import nl.mviwerkboek.shared.db.Sql;

/** Reads and writes actions ({@code action_item}), their log ({@code action_note}) and change history ({@code action_change}). */
public final class ActionStorage {

    private static final String COLUMNS = "title, description, kind, theme_id, goal_id, group_id, contract_id, "
            + "owner_id, start_on, due_on, status, instrument, ambition";

    /** Every action: open ones first, then by due date (undated last) and in the order they were added. */
    public List<Action> list(Connection c) throws SQLException {
        List<Action> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, " + COLUMNS
                + " FROM action_item ORDER BY status IN ('gereed', 'geschrapt'), due_on IS NULL, due_on, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Integer instrument = Columns.intOrNull(rs, 13);
                Integer ambition = Columns.intOrNull(rs, 14);
                result.add(new Action(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ActionKind.fromCode(rs.getString(4)), Columns.longOrNull(rs, 5), Columns.longOrNull(rs, 6),
                        Columns.longOrNull(rs, 7), Columns.longOrNull(rs, 8), Columns.longOrNull(rs, 9),
                        Columns.dateOrNull(rs, 10), Columns.dateOrNull(rs, 11), ActionStatus.fromCode(rs.getString(12)),
                        instrument == null ? null : InstrumentLevel.of(instrument),
                        ambition == null ? null : AmbitionLevel.of(ambition)));
            }
        }
        return result;
    }

    /** Stores a new action, records it as added on {@code today}, and returns it with its id. */
    public Action insert(Connection c, Action a, LocalDate today) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO action_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(a));
        recordChange(c, id, today, null, a.status());
        return a.withId(id);
    }

    /** Replaces a stored action and records the change (with its status before) on {@code today}. */
    public void update(Connection c, Action a, LocalDate today) throws SQLException {
        ActionStatus before = statusOf(c, a.id());
        Object[] values = values(a);
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = a.id();
        Sql.update(c, "UPDATE action_item SET title = ?, description = ?, kind = ?, theme_id = ?, goal_id = ?, "
                + "group_id = ?, contract_id = ?, owner_id = ?, start_on = ?, due_on = ?, status = ?, instrument = ?, "
                + "ambition = ? WHERE id = ?", params);
        recordChange(c, a.id(), today, before, a.status());
    }

    /** Removes an action with its log and history. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM action_item WHERE id = ?", id);
    }

    private static ActionStatus statusOf(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT status FROM action_item WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? ActionStatus.fromCode(rs.getString(1)) : null;
            }
        }
    }

    private static void recordChange(Connection c, long id, LocalDate day, ActionStatus before, ActionStatus after)
            throws SQLException {
        Sql.update(c, "INSERT INTO action_change (action_id, changed_on, old_status, new_status) VALUES (?, ?, ?, ?)",
                id, day.toString(), before == null ? null : before.code(), after.code());
    }

    /** Every change, by day. */
    public List<ActionChange> changes(Connection c) throws SQLException {
        List<ActionChange> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT action_id, changed_on, old_status, new_status FROM action_change ORDER BY changed_on, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String before = rs.getString(3);
                result.add(new ActionChange(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        before == null ? null : ActionStatus.fromCode(before), ActionStatus.fromCode(rs.getString(4))));
            }
        }
        return result;
    }

    /** The log of every action, newest first. */
    public Map<Long, List<ActionNote>> notes(Connection c) throws SQLException {
        Map<Long, List<ActionNote>> result = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, action_id, noted_on, text FROM action_note ORDER BY noted_on DESC, id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ActionNote n = new ActionNote(rs.getLong(1), rs.getLong(2), LocalDate.parse(rs.getString(3)),
                        rs.getString(4));
                result.computeIfAbsent(n.actionId(), k -> new ArrayList<>()).add(n);
            }
        }
        return result;
    }

    /** Adds a note to an action's log. */
    public void addNote(Connection c, ActionNote n) throws SQLException {
        Sql.update(c, "INSERT INTO action_note (action_id, noted_on, text) VALUES (?, ?, ?)", n.actionId(),
                n.date().toString(), n.text());
    }

    /** Removes a note. */
    public void deleteNote(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM action_note WHERE id = ?", id);
    }

    private static Object[] values(Action a) {
        return new Object[] {a.title(), a.description(), a.kind().code(), a.themeId(), a.goalId(), a.groupId(),
            a.contractId(), a.ownerId(), Columns.iso(a.start()), Columns.iso(a.due()), a.status().code(),
            a.instrument() == null ? null : a.instrument().number(),
            a.ambition() == null ? null : a.ambition().number()};
    }
}
