package nl.mviwerkboek.spend.priority;

import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * One product group in the priority list: its spend, its average indicative impact (0–3) over the plan's
 * themes, the score (spend × impact / 3, in cents), its priority, and the value of its contracts that
 * end in the plan period.
 */
public record GroupPriority(ProductGroup group, long spendCents, double impact, long scoreCents, Priority priority,
                            long endingContractsCents, int rank) {
}
