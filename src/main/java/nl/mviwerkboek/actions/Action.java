package nl.mviwerkboek.actions;

import java.time.LocalDate;
import nl.mviwerkboek.focus.AmbitionLevel;

/**
 * One action of the plan: what, of which kind, for which theme and goal, in which product group or
 * for which contract, who owns it, when it starts and is due, its status and, for a tender, the
 * instrument and ambition level. Links are optional (null).
 */
public record Action(long id, String title, String description, ActionKind kind, Long themeId, Long goalId,
                     Long groupId, Long contractId, Long ownerId, LocalDate start, LocalDate due,
                     ActionStatus status, InstrumentLevel instrument, AmbitionLevel ambition) {

    /** A new, planned action with only a title and kind. */
    public static Action blank(String title, ActionKind kind) {
        return new Action(0, title, "", kind, null, null, null, null, null, null, null, ActionStatus.GEPLAND,
                null, null);
    }

    /** Whether it is still open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due != null && due.isBefore(today);
    }

    /** Whether it is open and due from {@code from} up to and including {@code to}. */
    public boolean isDueBetween(LocalDate from, LocalDate to) {
        return status.isOpen() && due != null && !due.isBefore(from) && !due.isAfter(to);
    }

    /** The same action with a stored id. */
    public Action withId(long newId) {
        return new Action(newId, title, description, kind, themeId, goalId, groupId, contractId, ownerId, start,
                due, status, instrument, ambition);
    }

    /** The same action with another status. */
    public Action withStatus(ActionStatus newStatus) {
        return edited(title, ownerId, due, newStatus);
    }

    /** The same action with another owner (null for none). */
    public Action withOwner(Long newOwner) {
        return edited(title, newOwner, due, status);
    }

    /** The same action with another title. */
    public Action withTitle(String newTitle) {
        return edited(newTitle, ownerId, due, status);
    }

    /** The same action with another due date. */
    public Action withDue(LocalDate newDue) {
        return edited(title, ownerId, newDue, status);
    }

    /** The fields the action list edits in place; everything else stays. */
    private Action edited(String newTitle, Long newOwner, LocalDate newDue, ActionStatus newStatus) {
        return new Action(id, newTitle, description, kind, themeId, goalId, groupId, contractId, newOwner, start,
                newDue, newStatus, instrument, ambition);
    }
}
