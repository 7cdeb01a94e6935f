package nl.mviwerkboek.spend.contracts;

/** A contract where social return fits: its value and the obligation at the municipality's percentage. */
public record SroiCandidate(Contract contract, String groupName, long obligationCents) {
}
