package nl.mviwerkboek.inventory;

import nl.mviwerkboek.plan.Theme;

/** The self-assessment of one theme: the step now, the step aimed for at the end of the plan period, and a note. */
public record MaturityScore(Theme theme, MaturityStep current, MaturityStep target, String note) {

    /** Whether both the current and the target step are filled in. */
    public boolean complete() {
        return current != null && target != null;
    }
}
