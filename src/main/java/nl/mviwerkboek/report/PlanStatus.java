package nl.mviwerkboek.report;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Whether the plan is still being written (documents say CONCEPT) or has been adopted. */
public enum PlanStatus implements Labelled {
    CONCEPT, VASTGESTELD;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The status with a stored code. */
    public static PlanStatus fromCode(String code) {
        return Codes.parse(PlanStatus.class, code);
    }

    @Override
    public String labelKey() {
        return "report.status." + code();
    }
}
