package nl.mviwerkboek.spend.parse;

import java.util.Set;
import nl.mviwerkboek.exchange.CellText;

/**
 * The comparable form of a supplier's name: case, accents, spacing, punctuation and legal forms
 * (B.V., N.V., V.O.F., Stichting, Ltd, …) ignored, so "BOUWBEDRIJF DE VRIES BV" = "Bouwbedrijf de Vries B.V.".
 */
public final class SupplierNames {

    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "stichting", "vereniging",
            "ltd", "limited", "llc", "inc", "gmbh", "ag", "sa", "sarl", "bvba", "plc", "coop", "ua", "eenmanszaak",
            "holding", "ik");

    private SupplierNames() {
    }

    /** The normalised name; empty when nothing is left. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        // zero-width characters must not split a word: "Gro\u200Ben" is "Groen"
        String lower = Accents.strip(CellText.singleLine(name)).toLowerCase(java.util.Locale.ROOT);
        // join dotted abbreviations ("b.v." -> "bv") before splitting into words
        String joined = lower.replaceAll("\\b([a-z])\\.(?=[a-z]\\.?)", "$1").replace("&", " en ");
        StringBuilder sb = new StringBuilder();
        for (String word : joined.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                sb.append(sb.isEmpty() ? "" : " ").append(word);
            }
        }
        return sb.toString();
    }
}
