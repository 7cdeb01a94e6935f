package nl.mviwerkboek.spend.parse;

/** Decides a column's decimal separator from the evidence of its values; Dutch comma when nothing tells. */
public final class DecimalVote {

    private long comma;
    private long dot;

    /** Counts one value's evidence. */
    public void add(String value) {
        Amounts.evidence(value).ifPresent(style -> {
            if (style == DecimalStyle.COMMA) {
                comma++;
            } else {
                dot++;
            }
        });
    }

    /** The separator most values show. */
    public DecimalStyle decision() {
        return dot > comma ? DecimalStyle.DOT : DecimalStyle.COMMA;
    }
}
