package nl.mviwerkboek.actions;

import java.time.LocalDate;

/** One save of an action: the day and its status before (null when it was added) and after. */
public record ActionChange(long actionId, LocalDate date, ActionStatus before, ActionStatus after) {
}
