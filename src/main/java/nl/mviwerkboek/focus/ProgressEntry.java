package nl.mviwerkboek.focus;

import java.time.LocalDate;

/** A measured value of a goal's indicator on a date, with a note on where it comes from. */
public record ProgressEntry(long id, long goalId, LocalDate date, double value, String note) {
}
