package nl.mviwerkboek.actions.tender;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Whether an effect is what a tender is expected to bring or what it brought. */
public enum EffectKind implements Labelled {
    VERWACHT, GEREALISEERD;

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The kind with a stored code. */
    public static EffectKind fromCode(String code) {
        return Codes.parse(EffectKind.class, code);
    }

    @Override
    public String labelKey() {
        return "effect.kind." + code();
    }
}
