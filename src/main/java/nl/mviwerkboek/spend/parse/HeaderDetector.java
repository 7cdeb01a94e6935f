package nl.mviwerkboek.spend.parse;

import java.util.List;

/**
 * Finds the header row among the first rows of a sheet, skipping title and parameter lines above it:
 * the row whose cells are most like known header names, with at least two text cells.
 */
public final class HeaderDetector {

    /** How many rows from the top are considered. */
    public static final int ROWS_CONSIDERED = 40;

    private HeaderDetector() {
    }

    /** The index (0-based, within {@code rows}) of the header row; 0 when nothing looks like one. */
    public static int detect(List<List<String>> rows) {
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < Math.min(rows.size(), ROWS_CONSIDERED); i++) {
            int score = score(rows.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(List<String> row) {
        int textCells = 0;
        for (String cell : row) {
            if (cell != null && !cell.isBlank() && !looksNumeric(cell)) {
                textCells++;
            }
        }
        if (textCells < 2) {
            return -1;
        }
        return MappingSuggester.suggest(row).size() * 100 + textCells;
    }

    private static boolean looksNumeric(String cell) {
        return cell.strip().matches("[-+(€]*[\\d.,\\s/:-]+\\)?");
    }
}
