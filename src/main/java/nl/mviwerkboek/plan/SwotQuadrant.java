package nl.mviwerkboek.plan;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** The four quadrants of a SWOT of MVI in the organisation. */
public enum SwotQuadrant implements Labelled {
    STERKTE, ZWAKTE, KANS, BEDREIGING;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The quadrant with a stored code. */
    public static SwotQuadrant fromCode(String code) {
        return Codes.parse(SwotQuadrant.class, code);
    }

    /** The key of the question that helps fill the quadrant. */
    public String hintKey() {
        return "swot.hint." + code();
    }

    @Override
    public String labelKey() {
        return "swot.quadrant." + code();
    }
}
