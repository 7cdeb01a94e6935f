package nl.mviwerkboek.exchange;

/**
 * One cell as read from a file: its text, and what kind of value a spreadsheet said it was. Numbers
 * are plain ({@code 1234.5}), dates are ISO ({@code 2025-03-01}); error values are empty text.
 */
public record SheetCell(String text, Kind kind) {

    /** What the file said the value was. */
    public enum Kind { TEXT, NUMBER, DATE }

    /** An empty text cell. */
    public static final SheetCell EMPTY = new SheetCell("", Kind.TEXT);

    /** A text cell. */
    public static SheetCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new SheetCell(text, Kind.TEXT);
    }

    /** A plain decimal number without trailing zeros after the point: "4640.0" → "4640", "12.50" → "12.5". */
    public static String withoutTrailingZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        int end = plain.length();
        while (end > 0 && plain.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && plain.charAt(end - 1) == '.') {
            end--;
        }
        return plain.substring(0, end);
    }
}
