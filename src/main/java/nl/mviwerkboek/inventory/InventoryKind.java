package nl.mviwerkboek.inventory;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** What an inventory item is: a contract with MVI requirements, a policy, an initiative, knowledge or a result. */
public enum InventoryKind implements Labelled {
    CONTRACT, BELEID, INITIATIEF, KENNIS, RESULTAAT;

    /** The code stored in the plan file. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind for a stored code. */
    public static InventoryKind fromCode(String code) {
        return Codes.parse(InventoryKind.class, code);
    }

    @Override
    public String labelKey() {
        return "inventory.kind." + code();
    }

    /** The key of a short example of this kind, shown in the form. */
    public String hintKey() {
        return "inventory.kindHint." + code();
    }
}
