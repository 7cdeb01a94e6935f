package nl.mviwerkboek.spend.suppliers;

/** A supplier as the duplicate search compares it: root id, shown and normalised name, KvK, spend. */
record Candidate(long id, String name, String normalised, String kvk, long cents) {
}
