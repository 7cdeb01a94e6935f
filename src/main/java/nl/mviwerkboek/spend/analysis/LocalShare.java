package nl.mviwerkboek.spend.analysis;

import java.util.List;

/** The share of spend with local suppliers and with MKB suppliers among those whose size is known. */
public record LocalShare(long totalCents, long localCents, long knownSizeCents, long mkbCents,
                         boolean localDefined) {

    /** Computes both shares over positive spend per supplier. */
    public static LocalShare of(List<SupplierSpend> suppliers, AnalysisSettings settings) {
        long total = 0;
        long local = 0;
        long known = 0;
        long mkb = 0;
        for (SupplierSpend s : suppliers) {
            long cents = Math.max(0, s.cents());
            total += cents;
            if (settings.isLocal(s.postcode(), s.city())) {
                local += cents;
            }
            if (s.size() != null) {
                known += cents;
                if ("mkb".equals(s.size())) {
                    mkb += cents;
                }
            }
        }
        return new LocalShare(total, local, known, mkb, settings.hasLocalDefinition());
    }

    /** Local share of spend (0–1). */
    public double local() {
        return totalCents == 0 ? 0 : (double) localCents / totalCents;
    }

    /** MKB share of the spend whose supplier size is known (0–1). */
    public double mkb() {
        return knownSizeCents == 0 ? 0 : (double) mkbCents / knownSizeCents;
    }

    /** Share of spend whose supplier size is known (0–1). */
    public double sizeKnown() {
        return totalCents == 0 ? 0 : (double) knownSizeCents / totalCents;
    }
}
