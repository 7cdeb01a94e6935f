package nl.mviwerkboek.monitoring;

import java.time.LocalDate;

/** A review moment of the action list: when, what kind, notes, decisions, and when the next one is. */
public record Review(long id, LocalDate heldOn, ReviewKind kind, String notes, String decisions, LocalDate nextOn) {
}
