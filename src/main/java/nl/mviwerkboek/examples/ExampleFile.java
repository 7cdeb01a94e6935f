package nl.mviwerkboek.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.mviwerkboek.exchange.CellText;
import nl.mviwerkboek.exchange.CsvReport;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.SmallTableFiles;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;

/**
 * The exchange file of the voorbeeldenbank: a CSV with a header row of column names (written by "Exporteren";
 * read back from CSV or Excel, columns found by name, in any order). Rows without a title are reported, not
 * skipped silently.
 */
public final class ExampleFile {

    /** The columns, in file order; the first (titel) is required. */
    static final List<String> COLUMNS = List.of("titel", "organisatie", "productgroep", "thema's", "criteria",
            "resultaat", "lessen", "contact", "link", "eigen");

    private ExampleFile() {
    }

    /** Writes {@code examples} to {@code file}. */
    public static void write(Path file, List<Example> examples) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Example e : examples) {
            rows.add(List.of(e.title(), e.organisation(), e.productGroup(), e.themes(), e.criteria(), e.result(),
                    e.lessons(), e.contact(), e.link(), e.own() ? Messages.get("doc.yes") : ""));
        }
        CsvReport.write(file, COLUMNS, rows);
    }

    /** Reads the examples in {@code file}; examples from a file are never "own" (they are another's). */
    public static List<Example> read(Path file) throws UserProblem {
        String name = file.getFileName().toString();
        List<Example> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] at = new int[COLUMNS.size()];
        SmallTableFiles.read(file, Messages.get("examples.file.title"), (row, cells) -> {
            if (row == 1) {
                header(cells, at, name);
                return true;
            }
            if (cells.stream().allMatch(c -> c.text().isBlank())) {
                return true;
            }
            String title = cell(cells, at[0]);
            if (title.isBlank()) {
                problems.add(Messages.get("examples.file.noTitle", row));
            } else {
                result.add(new Example(0, title, cell(cells, at[1]), cell(cells, at[2]), cell(cells, at[3]),
                        lines(cells, at[4]), lines(cells, at[5]), lines(cells, at[6]), cell(cells, at[7]),
                        cell(cells, at[8]), false));
            }
            return problems.size() < 5;
        });
        if (!problems.isEmpty()) {
            throw new UserProblem(Messages.get("examples.file.title"), Messages.get("examples.file.problems", name)
                    + "\n" + String.join("\n", problems) + "\n\n" + Messages.get("examples.file.action"));
        }
        return result;
    }

    private static void header(List<SheetCell> cells, int[] at, String file) throws UserProblem {
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < cells.size(); i++) {
            int column = COLUMNS.indexOf(cells.get(i).text().strip().toLowerCase(Locale.ROOT));
            if (column >= 0 && at[column] < 0) {
                at[column] = i;
            }
        }
        if (at[0] < 0) {
            throw new UserProblem(Messages.get("examples.file.title"), Messages.get("examples.file.noHeader", file));
        }
    }

    /** A short text on one line (title, organisation, contact, …). */
    private static String cell(List<SheetCell> cells, int i) {
        return i < 0 || i >= cells.size() ? "" : CellText.singleLine(cells.get(i).text());
    }

    /** A longer text (criteria, result, lessons) that keeps its line breaks. */
    private static String lines(List<SheetCell> cells, int i) {
        return i < 0 || i >= cells.size() ? "" : CellText.multiLine(cells.get(i).text());
    }
}
