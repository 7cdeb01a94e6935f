package nl.mviwerkboek.plan;

import nl.mviwerkboek.shared.i18n.Codes;

import nl.mviwerkboek.shared.i18n.Labelled;

/** The kind of public organisation that writes the plan. */
public enum OrganisationType implements Labelled {
    GEMEENTE, WATERSCHAP, PROVINCIE, ANDERS;

    /** The code stored in the plan file and printed by the command line. */
    public String code() {
        return Codes.of(this);
    }

    /** The type for a stored code. */
    public static OrganisationType fromCode(String code) {
        return Codes.parse(OrganisationType.class, code);
    }

    @Override
    public String labelKey() {
        return "organisation.type." + code();
    }
}
