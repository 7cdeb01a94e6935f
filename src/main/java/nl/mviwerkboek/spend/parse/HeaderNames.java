package nl.mviwerkboek.spend.parse;

/** Compares header names ignoring case, spacing, punctuation and accents ({@code "Bedrag excl. BTW"} = {@code "bedragexclbtw"}). */
public final class HeaderNames {

    private HeaderNames() {
    }

    /** The comparable form of a header name. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = Accents.strip(header);
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
