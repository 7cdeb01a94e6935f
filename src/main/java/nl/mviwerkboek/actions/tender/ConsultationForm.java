package nl.mviwerkboek.actions.tender;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** How the market was consulted. */
public enum ConsultationForm implements Labelled {
    GESPREK, MARKTDAG, SCHRIFTELIJK;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The form with a stored code. */
    public static ConsultationForm fromCode(String code) {
        return Codes.parse(ConsultationForm.class, code);
    }

    @Override
    public String labelKey() {
        return "tender.form." + code();
    }
}
