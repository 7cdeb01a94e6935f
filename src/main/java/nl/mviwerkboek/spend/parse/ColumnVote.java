package nl.mviwerkboek.spend.parse;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides something about a whole column (decimal separator, day-month order) from the evidence of
 * its values: the choice most values show, or the Dutch default when no value tells.
 */
public final class ColumnVote<E extends Enum<E>> {

    private final Function<String, Optional<E>> evidence;
    private final E fallback;
    private final Map<E, Long> votes;

    private ColumnVote(Class<E> type, Function<String, Optional<E>> evidence, E fallback) {
        this.evidence = evidence;
        this.fallback = fallback;
        this.votes = new EnumMap<>(type);
    }

    /** A vote on the decimal separator; a comma when nothing tells. */
    public static ColumnVote<DecimalStyle> decimals() {
        return new ColumnVote<>(DecimalStyle.class, Amounts::evidence, DecimalStyle.COMMA);
    }

    /** A vote on the day-month order; day first when nothing tells. */
    public static ColumnVote<DateOrder> dates() {
        return new ColumnVote<>(DateOrder.class, Dates::evidence, DateOrder.DAY_MONTH);
    }

    /** Counts one value's evidence. */
    public void add(String value) {
        evidence.apply(value).ifPresent(choice -> votes.merge(choice, 1L, Long::sum));
    }

    /** The choice most values show; the default on a tie or without evidence. */
    public E decision() {
        E best = fallback;
        long most = votes.getOrDefault(fallback, 0L);
        for (Map.Entry<E, Long> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
