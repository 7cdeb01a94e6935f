package nl.mviwerkboek.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The command a mistyped word most likely meant ({@code chek} → {@code check}), by edit distance. */
final class CommandSuggestion {

    private CommandSuggestion() {
    }

    /**
     * The command nearest to {@code word} when it is close enough: at most two edits (one for words of up to
     * four letters), or the word is the start of exactly one command; otherwise nothing.
     */
    static Optional<String> nearest(String word, List<String> commands) {
        String typed = word.toLowerCase(Locale.ROOT).replaceFirst("^-+", "");
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        List<String> starting = commands.stream().filter(c -> c.startsWith(typed)).toList();
        if (starting.size() == 1) {
            return Optional.of(starting.get(0));
        }
        int allowed = typed.length() <= 4 ? 1 : 2;
        return commands.stream().filter(c -> distance(typed, c) <= allowed)
                .min(Comparator.comparingInt((String c) -> distance(typed, c)));
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
