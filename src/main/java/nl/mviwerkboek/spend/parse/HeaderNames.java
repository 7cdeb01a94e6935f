package nl.mviwerkboek.spend.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Compares header names ignoring case, spacing, punctuation and accents ({@code "Bedrag excl. BTW"} = {@code "bedragexclbtw"}). */
public final class HeaderNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private HeaderNames() {
    }

    /** The comparable form of a header name. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = header.chars().allMatch(c -> c < 128) ? header
                : MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
