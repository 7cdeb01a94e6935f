package nl.mviwerkboek.monitoring;

import nl.mviwerkboek.shared.i18n.Labelled;

/** How a goal is doing by its latest measurement: reached, on track, behind, not measured yet, or not measurable. */
public enum GoalTrend implements Labelled {
    REACHED, ON_TRACK, BEHIND, NO_MEASUREMENT, NOT_MEASURABLE;

    @Override
    public String labelKey() {
        return "trend." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
