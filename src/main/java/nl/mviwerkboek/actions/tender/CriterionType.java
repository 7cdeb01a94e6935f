package nl.mviwerkboek.actions.tender;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Where in a tender an MVI criterion is used. */
public enum CriterionType implements Labelled {
    GESCHIKTHEIDSEIS, SELECTIECRITERIUM, EIS, GUNNINGSCRITERIUM, CONTRACTBEPALING;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The type with a stored code. */
    public static CriterionType fromCode(String code) {
        return Codes.parse(CriterionType.class, code);
    }

    @Override
    public String labelKey() {
        return "tender.criterionType." + code();
    }
}
