package nl.mviwerkboek.spend.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests which column holds which field from the header names: exact matches of a field's
 * synonyms first (best synonym first), then headers that contain a synonym (longest first).
 */
public final class MappingSuggester {

    private MappingSuggester() {
    }

    /** Field to column index for the columns it recognises; each column is used at most once. */
    public static Map<SpendField, Integer> suggest(List<String> headers) {
        return suggest(headers, Set.of());
    }

    /**
     * As {@link #suggest(List)}, knowing which columns hold codes ({@code K50731}, {@code 120034}): such a
     * column is never the supplier's name, and a supplier-like header over codes means the supplier number.
     */
    public static Map<SpendField, Integer> suggest(List<String> headers, Set<Integer> codeColumns) {
        List<String> names = headers.stream().map(HeaderNames::normalise).toList();
        Map<SpendField, Integer> mapping = new EnumMap<>(SpendField.class);
        Set<Integer> used = new HashSet<>();
        for (Candidate c : candidates(names, codeColumns)) {
            if (!mapping.containsKey(c.field()) && !used.contains(c.column())) {
                mapping.put(c.field(), c.column());
                used.add(c.column());
            }
        }
        return mapping;
    }

    private record Candidate(SpendField field, int column, int score) {
    }

    /** Whether most filled values of a column look like codes rather than names. */
    public static boolean looksLikeCodes(List<String> values) {
        long filled = values.stream().filter(v -> v != null && !v.isBlank()).count();
        long codes = values.stream().filter(v -> v != null && v.strip().matches("[A-Za-z]{0,3}-?\\d{2,}")).count();
        return filled > 0 && codes * 5 >= filled * 4;
    }

    private static List<Candidate> candidates(List<String> names, Set<Integer> codeColumns) {
        List<Candidate> all = new ArrayList<>();
        for (SpendField field : SpendField.values()) {
            List<String> synonyms = field.synonyms();
            for (int col = 0; col < names.size(); col++) {
                String name = names.get(col);
                if (name.isEmpty()) {
                    continue;
                }
                for (int rank = 0; rank < synonyms.size(); rank++) {
                    String synonym = synonyms.get(rank);
                    SpendField target = field == SpendField.SUPPLIER && codeColumns.contains(col)
                            ? SpendField.SUPPLIER_NUMBER : field;
                    if (name.equals(synonym)) {
                        all.add(new Candidate(target, col, 10_000 - rank));
                    } else if (synonym.length() >= 4 && name.contains(synonym)) {
                        all.add(new Candidate(target, col, 1_000 + synonym.length() * 10 - rank));
                    }
                }
            }
        }
        all.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return all;
    }
}
