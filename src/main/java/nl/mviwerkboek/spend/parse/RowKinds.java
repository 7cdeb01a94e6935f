package nl.mviwerkboek.spend.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises rows to skip (blank, totals, repeated header) and spreadsheet error values that mean "empty". */
public final class RowKinds {

    private static final Set<String> ERRORS = Set.of("#n/b", "#n/a", "#waarde!", "#value!", "#ref!", "#verw!",
            "#div/0!", "#deel/0!", "#naam?", "#name?", "#getal!", "#num!", "#leeg!", "#null!");
    /** "Totaal", "Subtotaal kostenplaats 100", "Grand total:", but not "Totaalbouw B.V.". */
    private static final Pattern TOTAL = Pattern.compile(
            "(?:sub|eind)?totaal|(?:sub|grand )?total|som|totalen", Pattern.CASE_INSENSITIVE);

    private RowKinds() {
    }

    /** Whether a cell holds a spreadsheet error such as {@code #N/B}, which counts as empty. */
    public static boolean isErrorValue(String cell) {
        return cell != null && !cell.isEmpty() && cell.strip().startsWith("#")
                && ERRORS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether every cell is empty (or an error value). */
    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank() || isErrorValue(c));
    }

    /** Whether one of the first three filled cells starts with "Totaal", "Total", "Subtotaal" and the like. */
    public static boolean isTotal(List<String> cells) {
        int seen = 0;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            char first = Character.toLowerCase(cell.strip().charAt(0));
            boolean candidate = first == 't' || first == 's' || first == 'e' || first == 'g';
            if (!candidate) {
                if (++seen == 3) {
                    return false;
                }
                continue;
            }
            String[] words = cell.strip().split("[\\s:]+");
            String firstTwo = words.length > 1 ? words[0] + " " + words[1] : words[0];
            if (TOTAL.matcher(words[0]).matches() || TOTAL.matcher(firstTwo).matches()) {
                return true;
            }
            if (++seen == 3) {
                return false;
            }
        }
        return false;
    }

    /** Whether a row repeats the header (exports that print the header on every page). */
    public static boolean isRepeatedHeader(List<String> cells, List<String> header) {
        return isRepeatedNormalisedHeader(cells, header.stream().map(HeaderNames::normalise).toList());
    }

    /** As {@link #isRepeatedHeader}, with the header's names already normalised (once per import). */
    public static boolean isRepeatedNormalisedHeader(List<String> cells, List<String> normalisedHeader) {
        int filled = 0;
        for (int i = 0; i < Math.min(cells.size(), normalisedHeader.size()); i++) {
            String name = normalisedHeader.get(i);
            if (name.isEmpty()) {
                continue;
            }
            filled++;
            String cell = cells.get(i);
            if (cell == null || cell.isEmpty() || !HeaderNames.normalise(cell).equals(name)) {
                return false;
            }
        }
        return filled > 0;
    }
}
