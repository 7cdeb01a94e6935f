package nl.mviwerkboek.spend.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a plan arranged for speed, with "the first rule in order wins" kept exact: exact
 * ledger codes are looked up in a map, keywords are only compared when the {@link KeywordFilter}
 * allows, and every search stops at the best match found so far.
 */
final class RuleIndex {

    /** What the rules look at in one line, prepared once per line. */
    interface LineText {
        /** The folded ledger description ("" when none): the same for many lines, so its keywords are cached. */
        String ledgerText();

        /** The folded line description, or null when no keyword can occur in it. */
        String descriptionText();

        /** The folded ledger and line descriptions joined by a line break (for a keyword that holds one). */
        String joinedText();

        /** Whether a supplier rule's (normalised) value names the line's supplier. */
        boolean supplierIs(String value);
    }

    private final List<ClassificationRule> rules;
    private final Map<String, Integer> exactLedger = new HashMap<>();
    private final List<Integer> keywordRules = new ArrayList<>();
    private final List<Integer> otherRules = new ArrayList<>();
    private final KeywordFilter filter;
    /** Keyword rules by their first three letters, in rule order; keywords shorter than that apart. */
    private final Map<String, int[]> keywordsByStart = new HashMap<>();
    private final List<Integer> shortKeywords = new ArrayList<>();
    private final boolean keywordWithBreak;
    /** Per folded ledger description: the first keyword rule it contains, or {@link Integer#MAX_VALUE}. */
    private final Map<String, Integer> ledgerKeyword = new HashMap<>();

    /** The index of rules already in their compared form (folded keywords, normalised names). */
    RuleIndex(List<ClassificationRule> rules) {
        this.rules = rules;
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            ClassificationRule r = rules.get(i);
            switch (r.kind()) {
                case LEDGER -> exactLedger.putIfAbsent(r.value(), i);
                case KEYWORD -> {
                    keywordRules.add(i);
                    keywords.add(r.value());
                }
                default -> otherRules.add(i);
            }
        }
        filter = new KeywordFilter(keywords);
        for (int i : keywordRules) {
            String k = rules.get(i).value();
            if (k.length() < 3) {
                shortKeywords.add(i);
            } else {
                int[] known = keywordsByStart.getOrDefault(k.substring(0, 3), new int[0]);
                int[] more = java.util.Arrays.copyOf(known, known.length + 1);
                more[known.length] = i;
                keywordsByStart.put(k.substring(0, 3), more);
            }
        }
        keywordWithBreak = keywords.stream().anyMatch(k -> k.indexOf('\n') >= 0);
    }

    KeywordFilter filter() {
        return filter;
    }

    /**
     * The first keyword rule before {@code before} that the folded {@code text} contains, else {@code before}:
     * at each place where a keyword may start, only the keywords with those first three letters are compared
     * (the same rule as comparing every keyword in order, without a pass over the text per keyword).
     */
    private int firstKeyword(String text, int before) {
        if (text.isEmpty() || !filter.mayMatch(text)) {
            return before;
        }
        int best = before;
        for (int i : shortKeywords) {
            if (i >= best) {
                break;
            }
            if (text.contains(rules.get(i).value())) {
                best = i;
                break;
            }
        }
        for (int at = 0; at + 3 <= text.length(); at++) {
            if (!filter.mayStartAt(text, at)) {
                continue;
            }
            int[] candidates = keywordsByStart.get(text.substring(at, at + 3));
            if (candidates == null) {
                continue;
            }
            for (int i : candidates) {
                if (i >= best) {
                    break;
                }
                if (text.startsWith(rules.get(i).value(), at)) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    /** The first rule in order that matches, or null. */
    ClassificationRule first(String ledger, String costCentre, LineText line) {
        int best = Integer.MAX_VALUE;
        if (ledger != null && !exactLedger.isEmpty()) {
            Integer i = exactLedger.get(ledger);
            if (i != null) {
                best = i;
            }
        }
        for (int i : otherRules) {
            if (i >= best) {
                break;
            }
            ClassificationRule r = rules.get(i);
            boolean match = switch (r.kind()) {
                case LEDGER_PREFIX -> ledger != null && ledger.startsWith(r.value());
                case LEDGER_RANGE -> Classifier.inRange(ledger, r.value(), r.valueTo());
                case COST_CENTRE -> r.value().equalsIgnoreCase(costCentre);
                case SUPPLIER -> line.supplierIs(r.value());
                default -> false;
            };
            if (match) {
                best = i;
                break;
            }
        }
        if (!keywordRules.isEmpty() && keywordRules.get(0) < best) {
            if (keywordWithBreak) {
                return rule(firstKeyword(line.joinedText(), best));
            }
            // no keyword holds a line break, so the first one in "ledger \n description" is the first in either
            best = Math.min(best, ledgerKeyword.computeIfAbsent(line.ledgerText(), t -> firstKeyword(t, Integer.MAX_VALUE)));
            String description = line.descriptionText();
            if (description != null) {
                best = Math.min(best, firstKeyword(description, best));
            }
        }
        return rule(best);
    }

    private ClassificationRule rule(int index) {
        return index == Integer.MAX_VALUE ? null : rules.get(index);
    }
}
