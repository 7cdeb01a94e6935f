package nl.mviwerkboek.inventory;

import nl.mviwerkboek.shared.i18n.Labelled;

/** The five steps of the Manifest's maturity ladder, from weighing MVI up to leading in it. */
public enum MaturityStep implements Labelled {
    AFWEGING, PILOTS, VERBREDING, BORGING, LEIDERSCHAP;

    /** The step's number, 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step with a number 1–5. */
    public static MaturityStep of(int number) {
        return values()[number - 1];
    }

    @Override
    public String labelKey() {
        return "maturity.step." + number();
    }

    /** The key of the one-line explanation of what an organisation at this step does. */
    public String explanationKey() {
        return "maturity.explain." + number();
    }
}
