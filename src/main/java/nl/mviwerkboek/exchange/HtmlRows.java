package nl.mviwerkboek.exchange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.mviwerkboek.exchange.ImportFileException.Problem;
import org.jsoup.nodes.Element;

/**
 * Turns the {@code <tr>}s of one HTML table into rows of cells as a spreadsheet shows them: a cell spanning
 * columns ({@code colspan}) or rows ({@code rowspan}) has its text in its first column and row and leaves the
 * others empty, as a merged cell in Excel does. Excel's own HTML keeps the plain number in {@code x:num}.
 */
final class HtmlRows {

    private static final int MAX_ROW_SPAN = 65_536;

    private final Path file;
    /** Columns still covered by a cell of an earlier row, with how many rows (this one included) remain. */
    private Map<Integer, Integer> spanned = new HashMap<>();

    HtmlRows(Path file) {
        this.file = file;
    }

    /** The cells of the next row of the table. */
    List<SheetCell> cells(HtmlTable.Row row) throws ImportFileException {
        Map<Integer, Integer> next = new HashMap<>();
        TreeMap<Integer, Integer> covered = new TreeMap<>(spanned);
        List<SheetCell> cells = new ArrayList<>();
        for (Element td : row.element().children()) {
            if (!td.nameIs("td") && !td.nameIs("th")) {
                continue;
            }
            while (covered.containsKey(cells.size())) {
                carry(covered, cells, next);
            }
            int colspan = span(td.attr("colspan"), XlsxTable.MAX_COLUMNS + 1);
            int rowspan = span(td.attr("rowspan"), MAX_ROW_SPAN);
            if (cells.size() + colspan > XlsxTable.MAX_COLUMNS) {
                throw new ImportFileException(Problem.TOO_MANY_COLUMNS, file, row.number(), 0, null);
            }
            for (int k = 0; k < colspan; k++) {
                if (rowspan > 1) {
                    next.put(cells.size(), rowspan - 1);
                }
                cells.add(k == 0 ? cell(td, row.number(), cells.size() + 1) : SheetCell.EMPTY);
            }
        }
        while (!covered.isEmpty()) {
            while (cells.size() < covered.firstKey()) {
                cells.add(SheetCell.EMPTY);
            }
            carry(covered, cells, next);
        }
        spanned = next;
        return cells;
    }

    /** Fills a column covered from above with an empty cell, carrying the span on to the next row. */
    private static void carry(TreeMap<Integer, Integer> covered, List<SheetCell> cells, Map<Integer, Integer> next) {
        int column = cells.size();
        int left = covered.remove(column) - 1;
        if (left > 0) {
            next.put(column, left);
        }
        cells.add(SheetCell.EMPTY);
    }

    private SheetCell cell(Element td, long row, int column) throws ImportFileException {
        String text = td.text();
        if (text.length() > CsvTable.MAX_CELL_CHARS) {
            throw new ImportFileException(Problem.CELL_TOO_LARGE, file, row, column, null);
        }
        String number = td.attr("x:num");
        if (!number.isBlank()) {
            try {
                return new SheetCell(SheetCell.withoutTrailingZeros(new BigDecimal(number.strip()).toPlainString()),
                        SheetCell.Kind.NUMBER);
            } catch (NumberFormatException e) {
                // not a number after all: the text as shown
            }
        }
        return SheetCell.text(CellText.singleLine(text));
    }

    private static int span(String value, int max) {
        try {
            return Math.clamp(Integer.parseInt(value.strip()), 1, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
