package nl.mviwerkboek.spend.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares header names ignoring case, spacing, punctuation and accents ({@code "Bedrag excl. BTW"} = {@code "bedragexclbtw"}). */
public final class HeaderNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private HeaderNames() {
    }

    /** The comparable form of a header name. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
