package nl.mviwerkboek.actions;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** What sort of work an action is: a tender, knowledge and training, process and anchoring, and so on. */
public enum ActionKind implements Labelled {
    AANBESTEDING, KENNIS, PROCES, COMMUNICATIE, MARKTCONSULTATIE, OVERIG;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind with a stored code. */
    public static ActionKind fromCode(String code) {
        return Codes.parse(ActionKind.class, code);
    }

    @Override
    public String labelKey() {
        return "action.kind." + code();
    }
}
