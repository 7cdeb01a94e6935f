package nl.mviwerkboek.spend.suppliers;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** How big a supplier is, as far as the officer knows: the basis of the MKB share. */
public enum SupplierSize implements Labelled {
    UNKNOWN, MKB, LARGE;

    /** The stored code; null for unknown. */
    public String code() {
        return this == UNKNOWN ? null : Codes.of(this);
    }

    /** The size for a stored code (null: unknown). */
    public static SupplierSize fromCode(String code) {
        return code == null ? UNKNOWN : Codes.parse(SupplierSize.class, code);
    }

    @Override
    public String labelKey() {
        return "supplier.size." + Codes.of(this);
    }
}
