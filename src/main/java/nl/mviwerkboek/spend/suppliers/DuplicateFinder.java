package nl.mviwerkboek.spend.suppliers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests pairs of suppliers that are probably the same company. Names are only compared when they
 * share the start (four letters) of a word; words so common that hundreds of names share them
 * ("bouwbedrijf") do not count as shared. Pairs with two different KvK numbers or different numbers
 * in their names ("Locatie 1", "Locatie 12") are never suggested, and rejected pairs stay rejected.
 */
final class DuplicateFinder {

    /** From this score on, a pair is suggested. */
    static final double MIN_SCORE = 0.88;
    /** A word start shared by more names than this says nothing about them being the same. */
    static final int COMMON_BLOCK = 400;
    /** At most this many suggestions are listed (the most alike first). */
    static final int MAX_SUGGESTIONS = 500;

    private DuplicateFinder() {
    }

    static List<MergeSuggestion> find(List<Candidate> suppliers, Set<String> rejected) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        for (Candidate c : suppliers) {
            for (String key : keys(c.normalised())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<MergeSuggestion> result = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Candidate> block : blocks.values()) {
            if (block.size() > COMMON_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Candidate a = block.get(i);
                    Candidate b = block.get(j);
                    String pair = pairKey(a.id(), b.id());
                    if (differentKvk(a, b) || rejected.contains(pair) || !numbersMatch(a, b) || !seen.add(pair)) {
                        continue;
                    }
                    double score = NameSimilarity.score(a.normalised(), b.normalised());
                    if (score >= MIN_SCORE) {
                        Candidate big = a.cents() >= b.cents() ? a : b;
                        Candidate small = big == a ? b : a;
                        result.add(new MergeSuggestion(big.id(), big.name(), big.cents(), small.id(), small.name(),
                                small.cents(), score));
                    }
                }
            }
        }
        result.sort(Comparator.comparingDouble(MergeSuggestion::score).reversed()
                .thenComparing(MergeSuggestion::firstName));
        return result.size() > MAX_SUGGESTIONS ? List.copyOf(result.subList(0, MAX_SUGGESTIONS)) : result;
    }

    /** The word starts a name is found under: the first four letters of each word of three or more letters. */
    static java.util.Set<String> keys(String normalised) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String word : normalised.split(" ")) {
            if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)) {
                keys.add(word.substring(0, Math.min(4, word.length())));
            }
        }
        return keys;
    }

    private static boolean numbersMatch(Candidate a, Candidate b) {
        return numbers(a.normalised()).equals(numbers(b.normalised()));
    }

    private static List<String> numbers(String normalised) {
        return java.util.Arrays.stream(normalised.split(" ")).filter(w -> w.chars().anyMatch(Character::isDigit))
                .toList();
    }

    private static boolean differentKvk(Candidate a, Candidate b) {
        return a.kvk() != null && b.kvk() != null && !a.kvk().equals(b.kvk());
    }

    /** The key of a pair regardless of order. */
    static String pairKey(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
