package nl.mviwerkboek.plan;

import nl.mviwerkboek.shared.i18n.Codes;

import nl.mviwerkboek.shared.i18n.Labelled;

/** The part a stakeholder plays in the plan. */
public enum StakeholderRole implements Labelled {
    BESTUURDER, INKOOPCOORDINATOR, BUDGETHOUDER, BELEIDSADVISEUR_DUURZAAMHEID, COMMUNICATIE, EXTERN;

    /** The code stored in the plan file. */
    public String code() {
        return Codes.of(this);
    }

    /** The role for a stored code. */
    public static StakeholderRole fromCode(String code) {
        return Codes.parse(StakeholderRole.class, code);
    }

    @Override
    public String labelKey() {
        return "stakeholder.role." + code();
    }
}
