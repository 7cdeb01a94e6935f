package nl.mviwerkboek.plan;

/** An MVI theme of the plan, such as "Circulair inkopen"; archived themes keep what is linked to them. */
public record Theme(long id, String name, int position, boolean archived) {
}
