package nl.mviwerkboek.plan;

import nl.mviwerkboek.shared.i18n.Codes;

import nl.mviwerkboek.shared.i18n.Labelled;

/** How closely a stakeholder is involved: kept informed, thinks along, decides, or carries out. */
public enum Involvement implements Labelled {
    INFORMEREN, MEEDENKEN, BESLISSEN, UITVOEREN;

    /** The code stored in the plan file. */
    public String code() {
        return Codes.of(this);
    }

    /** The involvement for a stored code. */
    public static Involvement fromCode(String code) {
        return Codes.parse(Involvement.class, code);
    }

    @Override
    public String labelKey() {
        return "stakeholder.involvement." + code();
    }
}
