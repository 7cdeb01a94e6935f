package nl.mviwerkboek.spend.groups;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** What a product group buys in procurement law: it decides the EU threshold and whether SROI applies. */
public enum ProcurementKind implements Labelled {
    SUPPLIES, SERVICES, WORKS, SOCIAL;

    /** The code stored in the plan file. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind for a stored code. */
    public static ProcurementKind fromCode(String code) {
        return Codes.parse(ProcurementKind.class, code);
    }

    /** Whether social return is commonly asked for this kind (works and services, not supplies). */
    public boolean sroiApplies() {
        return this != SUPPLIES;
    }

    @Override
    public String labelKey() {
        return "procurementKind." + code();
    }
}
