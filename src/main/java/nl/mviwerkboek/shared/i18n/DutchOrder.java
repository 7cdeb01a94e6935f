package nl.mviwerkboek.shared.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/** Alphabetical order the Dutch way, ignoring case and accents ("café" beside "cafe", "Zorg" after "afval"). */
public final class DutchOrder {

    private DutchOrder() {
    }

    /** Orders things by the text {@code text} gives them (null as empty). */
    public static <T> Comparator<T> by(Function<T, String> text) {
        Collator collator = Collator.getInstance(Messages.DUTCH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing((T t) -> text.apply(t) == null ? "" : text.apply(t), collator);
    }
}
