package nl.mviwerkboek.actions;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** Where an action stands: gepland, bezig, gereed, uitgesteld or geschrapt. */
public enum ActionStatus implements Labelled {
    GEPLAND, BEZIG, GEREED, UITGESTELD, GESCHRAPT;

    /** The stored code, also the key in {@code actionsByStatus} of the summary. */
    public String code() {
        return Codes.of(this);
    }

    /** The status with a stored code. */
    public static ActionStatus fromCode(String code) {
        return Codes.parse(ActionStatus.class, code);
    }

    /** Whether work is still expected (not done and not dropped). */
    public boolean isOpen() {
        return this != GEREED && this != GESCHRAPT;
    }

    @Override
    public String labelKey() {
        return "action.status." + code();
    }
}
