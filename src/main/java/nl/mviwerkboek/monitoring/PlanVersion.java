package nl.mviwerkboek.monitoring;

import java.time.LocalDate;

/** A yearly version of the plan: its label (such as "2026"), the day it was taken and a note; its copy stays in the plan file. */
public record PlanVersion(long id, String label, LocalDate takenOn, String note) {
}
