package nl.mviwerkboek.spend.groups;

import java.util.BitSet;
import java.util.List;

/**
 * A quick test whether any keyword could occur in a text: every keyword's first three letters are
 * marked in a bit set, and a text without any marked three-letter piece cannot contain one. Most
 * line descriptions ("Factuur 2025-1234") are ruled out this way without comparing each keyword.
 */
final class KeywordFilter {

    private static final int BITS = 1 << 18;
    private final BitSet starts = new BitSet(BITS);
    private final boolean always;

    KeywordFilter(List<String> keywords) {
        boolean shortOne = false;
        for (String k : keywords) {
            if (k.length() < 3) {
                shortOne = true;
            } else {
                starts.set(hash(k.charAt(0), k.charAt(1), k.charAt(2)));
            }
        }
        always = shortOne;
    }

    /**
     * False only when no keyword can occur in {@code text} (in any case); true means: compare them.
     * Text with letters beyond ASCII (accents) always answers true, as folding may change it.
     */
    boolean mayMatch(String text) {
        if (always) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return true;
            }
        }
        for (int i = 0; i + 2 < text.length(); i++) {
            if (starts.get(hash(lower(text.charAt(i)), lower(text.charAt(i + 1)), lower(text.charAt(i + 2))))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a keyword may start at {@code at} in a folded text (false: none does). */
    boolean mayStartAt(String folded, int at) {
        return starts.get(hash(lower(folded.charAt(at)), lower(folded.charAt(at + 1)), lower(folded.charAt(at + 2))));
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int hash(char a, char b, char c) {
        return ((a * 961) + (b * 31) + c) & (BITS - 1);
    }
}
