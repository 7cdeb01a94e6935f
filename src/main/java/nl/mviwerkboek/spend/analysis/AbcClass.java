package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.shared.i18n.Labelled;

/** ABC class of a supplier by cumulative spend: A up to 50 %, B up to 80 %, C up to 95 %, D the rest. */
public enum AbcClass implements Labelled {
    A(0.50), B(0.80), C(0.95), D(1.01);

    private final double upTo;

    AbcClass(double upTo) {
        this.upTo = upTo;
    }

    /** The class of a supplier whose higher-ranked suppliers together make {@code shareBefore} of spend. */
    public static AbcClass forShareBefore(double shareBefore) {
        for (AbcClass c : values()) {
            if (shareBefore < c.upTo - 1e-12) {
                return c;
            }
        }
        return D;
    }

    @Override
    public String labelKey() {
        return "abc." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
