package nl.mviwerkboek.anchoring;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** A standard anchoring measure every plan's checklist starts with (seeded by migration 6). */
public enum AnchoringMeasure implements Labelled {
    INKOOPBELEID, STRATEGIESJABLOON, CHECKLISTS, COORDINATOR, BUDGETHOUDERS, AGENDA, PLANNING_CONTROL,
    BEWUSTWORDING, BUDGET, CAPACITEIT;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The measure with a stored code. */
    public static AnchoringMeasure fromCode(String code) {
        return Codes.parse(AnchoringMeasure.class, code);
    }

    @Override
    public String labelKey() {
        return "anchoring.measure." + code();
    }

    /** The key of a short explanation: what counts as done, what evidence to keep. */
    public String hintKey() {
        return "anchoring.hint." + code();
    }
}
