package nl.mviwerkboek.actions;

import java.time.LocalDate;

/** A dated note in an action's log. */
public record ActionNote(long id, long actionId, LocalDate date, String text) {
}
