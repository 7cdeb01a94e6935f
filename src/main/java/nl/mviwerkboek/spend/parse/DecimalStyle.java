package nl.mviwerkboek.spend.parse;

/** Which character separates euros from cents in a column of amounts. */
public enum DecimalStyle {
    /** {@code 1.234,56} (Dutch). */
    COMMA,
    /** {@code 1,234.56} (English, and numbers written by programs). */
    DOT
}
