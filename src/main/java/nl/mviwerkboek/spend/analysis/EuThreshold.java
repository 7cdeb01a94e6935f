package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.spend.groups.ProcurementKind;

/** The EU thresholds for municipalities in one year, in cents excluding VAT. */
public record EuThreshold(int year, long suppliesServicesCents, long worksCents, long socialCents) {

    /** The threshold that applies to a kind of procurement. */
    public long forKind(ProcurementKind kind) {
        return switch (kind) {
            case WORKS -> worksCents;
            case SOCIAL -> socialCents;
            case SUPPLIES, SERVICES -> suppliesServicesCents;
        };
    }
}
