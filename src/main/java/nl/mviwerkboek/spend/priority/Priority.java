package nl.mviwerkboek.spend.priority;

import nl.mviwerkboek.shared.i18n.Labelled;

/** A product group's priority: the groups making the first half of all weighted impact are high, and so on. */
public enum Priority implements Labelled {
    HIGH, MEDIUM, LOW;

    /** The priority of a group whose higher-scoring groups make {@code shareBefore} of the total score. */
    static Priority forShareBefore(double shareBefore, double score) {
        if (score <= 0) {
            return LOW;
        }
        return shareBefore < 0.5 ? HIGH : shareBefore < 0.8 ? MEDIUM : LOW;
    }

    /** The colour of this priority in pictures, as {@code #rrggbb} (the texts always say the priority too). */
    public String colour() {
        return switch (this) {
            case HIGH -> "#0b6e4f";
            case MEDIUM -> "#d9822b";
            case LOW -> "#c5ccd3";
        };
    }

    /** Whether text on this priority's colour should be white rather than dark. */
    public boolean darkColour() {
        return this != LOW;
    }

    @Override
    public String labelKey() {
        return "priority." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
