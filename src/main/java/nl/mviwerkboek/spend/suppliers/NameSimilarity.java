package nl.mviwerkboek.spend.suppliers;

/**
 * How alike two normalised supplier names are (0–1): word by word, where an abbreviation
 * ("bouwbedr" for "bouwbedrijf") and a small typo still count, and as whole strings (Jaro-Winkler).
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** The similarity of two normalised names. */
    public static double score(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return Math.max(wordScore(a.split(" "), b.split(" ")), jaroWinkler(a, b) * 0.97);
    }

    private static double wordScore(String[] a, String[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double sum = 0;
        int weight = 0;
        for (int i = 0; i < a.length; i++) {
            int w = Math.max(a[i].length(), b[i].length());
            sum += w * wordMatch(a[i], b[i]);
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static double wordMatch(String x, String y) {
        if (x.equals(y)) {
            return 1;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return 0.95;
        }
        double jw = jaroWinkler(x, y);
        return jw >= 0.9 ? jw : 0;
    }

    /** The Jaro-Winkler similarity of two strings. */
    static double jaroWinkler(String s, String t) {
        if (s.isEmpty() || t.isEmpty()) {
            return 0;
        }
        int range = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sm = new boolean[s.length()];
        boolean[] tm = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = Math.max(0, i - range); j < Math.min(t.length(), i + range + 1); j++) {
                if (!tm[j] && s.charAt(i) == t.charAt(j)) {
                    sm[i] = true;
                    tm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sm[i]) {
                while (!tm[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
