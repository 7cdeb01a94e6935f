package nl.mviwerkboek.exchange;

/**
 * Cleans text read from a file before it is stored: tabs, line breaks, other control characters, no-break
 * and other odd spaces and zero-width characters become one ordinary space (NUL bytes are dropped), so that
 * nothing invisible ends up in a name and no stored text breaks a report's table.
 */
public final class CellText {

    private CellText() {
    }

    /** The text on one line: every run of whitespace or invisible characters is one space; trimmed. */
    public static String singleLine(String text) {
        return clean(text, false);
    }

    /** Like {@link #singleLine} but keeps line breaks (as {@code \n}, at most one blank line in a row). */
    public static String multiLine(String text) {
        return clean(text, true);
    }

    /** Whether the text holds a NUL character (a sign of a damaged export, worth telling the user). */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static String clean(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int breaks = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\0' || isInvisible(ch)) {
                continue;
            }
            if (keepLines && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                breaks++;
                space = false;
            } else if (isSpace(ch)) {
                space = true;
            } else {
                if (!sb.isEmpty()) {
                    sb.append(breaks > 0 ? "\n".repeat(Math.min(breaks, 2)) : space ? " " : "");
                }
                sb.append(ch);
                breaks = 0;
                space = false;
            }
        }
        return sb.toString();
    }

    /** Fast path: plain text with single inner spaces and no leading or trailing space. */
    private static boolean isClean(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch >= 0x7F && (isSpace(ch) || isInvisible(ch)) || ch == ' ' && previous == ' ') {
                return false;
            }
            previous = ch;
        }
        return true;
    }

    /** Spaces of any kind, tabs, line breaks and other control characters. */
    private static boolean isSpace(char ch) {
        return ch <= 0x20 || ch >= 0x7F && ch <= 0x9F || Character.isSpaceChar(ch) || ch == '\u0085';
    }

    /** Characters that take no room: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi marks. */
    private static boolean isInvisible(char ch) {
        return ch >= '\u200B' && ch <= '\u200F' || ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2060' && ch <= '\u2064'
                || ch == '\uFEFF' || ch == '\u00AD';
    }
}
