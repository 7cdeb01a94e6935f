package nl.mviwerkboek.anchoring;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Where an anchoring measure stands: open, bezig, geregeld, or niet van toepassing. */
public enum AnchoringStatus implements Labelled {
    OPEN, BEZIG, GEREGELD, NVT;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The status with a stored code. */
    public static AnchoringStatus fromCode(String code) {
        return Codes.parse(AnchoringStatus.class, code);
    }

    /** Whether the measure still asks for work. */
    public boolean isOpen() {
        return this == OPEN || this == BEZIG;
    }

    @Override
    public String labelKey() {
        return "anchoring.status." + code();
    }
}
