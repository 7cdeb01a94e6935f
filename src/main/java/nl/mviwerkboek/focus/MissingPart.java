package nl.mviwerkboek.focus;

import nl.mviwerkboek.shared.i18n.Labelled;

/** A part a goal needs before it is measurable: an indicator, a baseline, a target, their years, an owner. */
public enum MissingPart implements Labelled {
    INDICATOR, BASELINE, TARGET, YEAR, OWNER;

    @Override
    public String labelKey() {
        return "goal.missing." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
