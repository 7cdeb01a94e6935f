package nl.mviwerkboek.shared.i18n;

/** A value with a text in the bundles, such as a role or a status shown in lists and combo boxes. */
public interface Labelled {

    /** The bundle key of the value's label. */
    String labelKey();

    /** The label in the user's language. */
    default String label() {
        return Messages.get(labelKey());
    }
}
