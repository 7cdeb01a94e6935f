package nl.mviwerkboek.spend.suppliers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests pairs of suppliers that are probably the same company. Only names starting with the same
 * two letters are compared (typos and abbreviations keep the start), pairs with two different KvK
 * numbers are never suggested, and pairs the user rejected stay rejected.
 */
final class DuplicateFinder {

    /** From this score on, a pair is suggested. */
    static final double MIN_SCORE = 0.88;

    private DuplicateFinder() {
    }

    static List<MergeSuggestion> find(List<Candidate> suppliers, Set<String> rejected) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        for (Candidate c : suppliers) {
            if (c.normalised().length() >= 2) {
                blocks.computeIfAbsent(c.normalised().substring(0, 2), k -> new ArrayList<>()).add(c);
            }
        }
        List<MergeSuggestion> result = new ArrayList<>();
        for (List<Candidate> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Candidate a = block.get(i);
                    Candidate b = block.get(j);
                    if (differentKvk(a, b) || rejected.contains(pairKey(a.id(), b.id()))) {
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
        return result;
    }

    private static boolean differentKvk(Candidate a, Candidate b) {
        return a.kvk() != null && b.kvk() != null && !a.kvk().equals(b.kvk());
    }

    /** The key of a pair regardless of order. */
    static String pairKey(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
