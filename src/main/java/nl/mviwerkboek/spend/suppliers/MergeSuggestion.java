package nl.mviwerkboek.spend.suppliers;

/** Two suppliers that may be the same company, with their names, spend and how alike the names are. */
public record MergeSuggestion(long firstId, String firstName, long firstCents, long secondId, String secondName,
                              long secondCents, double score) {
}
