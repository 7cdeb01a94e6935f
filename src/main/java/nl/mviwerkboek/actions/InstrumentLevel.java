package nl.mviwerkboek.actions;

import nl.mviwerkboek.shared.i18n.Labelled;

/** How a tender asks for MVI (PIANOo): 1 voorschrijven, 2 aanmoedigen, 3 uitnodigen. */
public enum InstrumentLevel implements Labelled {
    VOORSCHRIJVEN, AANMOEDIGEN, UITNODIGEN;

    /** The level's number, 1 to 3, as stored. */
    public int number() {
        return ordinal() + 1;
    }

    /** The level with a number 1–3. */
    public static InstrumentLevel of(int number) {
        return values()[number - 1];
    }

    @Override
    public String labelKey() {
        return "instrument.level." + number();
    }
}
