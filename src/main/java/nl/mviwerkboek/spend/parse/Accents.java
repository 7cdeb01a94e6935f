package nl.mviwerkboek.spend.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Removes accents ("Crèche" → "Creche") so texts compare the way people read them; plain ASCII is returned as is. */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /** The text without accents; null stays null. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
