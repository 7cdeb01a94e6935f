package nl.mviwerkboek.spend.groups;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** What a classification rule looks at in a spend line. */
public enum RuleKind implements Labelled {
    /** The ledger account code equals the value. */
    LEDGER,
    /** The ledger account code starts with the value. */
    LEDGER_PREFIX,
    /** The ledger account code lies from the value up to and including the second value. */
    LEDGER_RANGE,
    /** The ledger description or the line description contains the value. */
    KEYWORD,
    /** The supplier's name is the value (compared as normalised names). */
    SUPPLIER,
    /** The cost centre equals the value. */
    COST_CENTRE;

    /** The code stored in the plan file and in rule files. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind for a stored code. */
    public static RuleKind fromCode(String code) {
        return Codes.parse(RuleKind.class, code);
    }

    @Override
    public String labelKey() {
        return "rule.kind." + code();
    }
}
