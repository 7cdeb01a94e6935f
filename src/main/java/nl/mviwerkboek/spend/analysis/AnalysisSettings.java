package nl.mviwerkboek.spend.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The municipality's own choices the analysis uses: which places and postcodes count as local, and
 * the SROI threshold and percentage (policy, so settings rather than constants).
 */
public record AnalysisSettings(String localPlaces, String localPostcodes, long sroiThresholdCents,
                               double sroiPercentage) {

    /** Whether a supplier with this postcode and place counts as local. */
    public boolean isLocal(String postcode, String city) {
        if (city != null && !city.isBlank()) {
            String c = city.strip().toLowerCase(Locale.ROOT);
            if (places().contains(c)) {
                return true;
            }
        }
        if (postcode == null || postcode.length() < 4) {
            return false;
        }
        String digits = postcode.replaceAll("\\D", "");
        if (digits.length() < 4) {
            return false;
        }
        int pc = Integer.parseInt(digits.substring(0, 4));
        for (String range : split(localPostcodes)) {
            String[] ends = range.split("-");
            try {
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
                if (pc >= from && pc <= to) {
                    return true;
                }
            } catch (NumberFormatException e) {
                // not a postcode range: ignored here, refused when the setting is saved
            }
        }
        return false;
    }

    /** Whether the postcode setting reads as four-digit postcodes or ranges, e.g. "3811-3829, 3830". */
    public static boolean validPostcodes(String text) {
        return split(text).stream().allMatch(r -> r.matches("\\d{4}(\\s*-\\s*\\d{4})?"));
    }

    /** Whether anything is set that makes suppliers local. */
    public boolean hasLocalDefinition() {
        return !places().isEmpty() || !split(localPostcodes).isEmpty();
    }

    private List<String> places() {
        return split(localPlaces).stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
