package nl.mviwerkboek.spend.analysis;

/** One option of a filter: the value (null: all) and what the user sees. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
