package nl.mviwerkboek.monitoring;

import nl.mviwerkboek.shared.i18n.Labelled;

/** One difference between two versions: in which part, about what, and the text before and after ("" when absent). */
public record Difference(Part part, String subject, String before, String after) {

    /** The parts a comparison covers. */
    public enum Part implements Labelled {
        GOAL, ACTION, SPEND;

        @Override
        public String labelKey() {
            return "compare.part." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
