package nl.mviwerkboek.exchange.docx;

import java.util.List;

/**
 * Sizes a table's columns from their content, as a browser sizes an automatic table: every column gets at
 * least its widest word (a number, amount, date or year column its widest cell, whole), so that no word,
 * year, date or amount is broken; the width left over goes to the columns whose texts would wrap, in
 * proportion to how much more they need. Only when the widest words together do not fit are they narrowed.
 */
final class ColumnWidths {

    /** Table text size in half points (the template's TableText: 8.5 pt). */
    static final int TABLE_TEXT = 17;
    /** Left and right cell margins of the table style, with a little room for rounding. */
    private static final int PADDING = 2 * 80 + 40;

    private ColumnWidths() {
    }

    /** The widths in twentieths of a point of the columns of {@code t}, together {@code available}. */
    static int[] of(Block.Table t, int available) {
        List<Block.Column> columns = t.columns();
        int n = columns.size();
        double[] least = new double[n];
        double[] wanted = new double[n];
        for (int c = 0; c < n; c++) {
            Block.Column col = columns.get(c);
            least[c] = TextWidths.widestWord(col.header(), TABLE_TEXT, true) + PADDING;
            wanted[c] = TextWidths.widestLine(col.header(), TABLE_TEXT, true) + PADDING;
            for (List<String> row : t.rows()) {
                String text = c < row.size() ? row.get(c) : "";
                int whole = TextWidths.widestLine(text, TABLE_TEXT, false) + PADDING;
                least[c] = Math.max(least[c], col.number() ? whole : TextWidths.widestWord(text, TABLE_TEXT, false) + PADDING);
                wanted[c] = Math.max(wanted[c], whole);
            }
        }
        return spread(least, wanted, available);
    }

    static int[] spread(double[] least, double[] wanted, int available) {
        int n = least.length;
        double sumLeast = sum(least);
        double sumWanted = sum(wanted);
        double[] w = new double[n];
        if (sumWanted <= available) {
            for (int c = 0; c < n; c++) {
                w[c] = wanted[c] * available / sumWanted;
            }
        } else if (sumLeast <= available) {
            double extra = available - sumLeast;
            double more = sumWanted - sumLeast;
            for (int c = 0; c < n; c++) {
                w[c] = least[c] + extra * (wanted[c] - least[c]) / more;
            }
        } else {
            for (int c = 0; c < n; c++) {
                w[c] = least[c] * available / sumLeast;
            }
        }
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.floor(w[c]);
            used += widths[c];
        }
        widths[n - 1] += available - used;
        return widths;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
