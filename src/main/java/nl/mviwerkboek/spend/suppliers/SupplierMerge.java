package nl.mviwerkboek.spend.suppliers;

import java.time.Instant;

/** A merge the user confirmed: {@code source} is counted under {@code target} until it is undone. */
public record SupplierMerge(long id, long sourceId, String sourceName, long targetId, String targetName,
                            double score, Instant mergedAt) {
}
