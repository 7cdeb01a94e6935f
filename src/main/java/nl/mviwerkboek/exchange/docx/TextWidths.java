package nl.mviwerkboek.exchange.docx;

/**
 * Estimated printed widths of texts in Arial (and the metric-equal Liberation Sans LibreOffice uses), from
 * the font's advance widths per 1000 em, so that table columns can be sized without a font on the machine.
 */
final class TextWidths {

    /** Advance widths of the printable ASCII characters from space (32) to tilde (126), per 1000 em. */
    private static final int[] ARIAL = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final int OTHER = 600;
    /** Bold Arial is about this much wider. */
    private static final double BOLD = 1.08;

    private TextWidths() {
    }

    /** The width of {@code text} in twentieths of a point at {@code halfPoints} (Word's w:sz), bold or not. */
    static int twips(String text, int halfPoints, boolean bold) {
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c >= 32 && c <= 126 ? ARIAL[c - 32] : c == '€' ? 556 : c == '–' ? 556 : c == '—' ? 1000
                    : c == '…' ? 1000 : Character.isLetter(c) ? 556 : OTHER;
        }
        double points = units / 1000.0 * halfPoints / 2.0 * (bold ? BOLD : 1);
        return (int) Math.ceil(points * 20);
    }

    /** The width of the widest word of {@code text} (a part between spaces or line breaks). */
    static int widestWord(String text, int halfPoints, boolean bold) {
        int widest = 0;
        for (String word : text.split("[\\s\\u00a0]+")) {
            widest = Math.max(widest, twips(word, halfPoints, bold));
        }
        return widest;
    }

    /** The width of the widest line of {@code text}. */
    static int widestLine(String text, int halfPoints, boolean bold) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, twips(line, halfPoints, bold));
        }
        return widest;
    }
}
