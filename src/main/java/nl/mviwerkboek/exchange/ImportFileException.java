package nl.mviwerkboek.exchange;

import java.nio.file.Path;
import java.util.Locale;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** A file that cannot be read as a table, with the reason the user is told and, when known, where. */
public final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file cannot be read; each has a Dutch and English explanation in the bundles. */
    public enum Problem {
        NOT_A_SPREADSHEET, PASSWORD_PROTECTED, DAMAGED, ZIP_BOMB, TOO_LARGE, NO_DATA, READ_ERROR,
        TOO_MANY_COLUMNS, CELL_TOO_LARGE;

        /** The message key prefix, e.g. {@code importfile.problem.zipbomb}. */
        public String key() {
            return "importfile.problem." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    private final Problem problem;
    private final transient Path file;
    private final long row;
    private final int column;

    /** A problem with a file, with the technical cause for the log. */
    public ImportFileException(Problem problem, Path file, Throwable cause) {
        this(problem, file, 0, 0, cause);
    }

    /** A problem at a row (from 1; 0 when unknown) and column (from 1; 0 when unknown or the whole row). */
    public ImportFileException(Problem problem, Path file, long row, int column, Throwable cause) {
        super(problem + ": " + file + (row > 0 ? " row " + row : "") + (column > 0 ? " column " + column : "")
                + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.row = row;
        this.column = column;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The row in the file (from 1), 0 when unknown. */
    public long row() {
        return row;
    }

    /** The column (from 1), 0 when unknown. */
    public int column() {
        return column;
    }

    /** The translated title, e.g. "Dit bestand is beschadigd of kan niet veilig worden gelezen". */
    public String title() {
        return Messages.get(problem.key() + ".title");
    }

    /** Where in the file, e.g. "Rij 12, kolom 3 (C)."; empty when unknown. */
    public String where() {
        if (row <= 0) {
            return "";
        }
        return column <= 0 ? Messages.get("importfile.where.row", Formats.number(row))
                : Messages.get("importfile.where.cell", Formats.number(row), Formats.number(column), letters(column));
    }

    /** What the user can do, with the limits filled in. */
    public String action() {
        String key = problem.key() + ".action";
        return !Messages.get(key).contains("{") ? Messages.get(key)
                : Messages.get(key, XlsxTable.MAX_COLUMNS, CsvTable.MAX_CELL_CHARS);
    }

    /** Everything below the title: the file, where, and what to do. */
    public String detail() {
        String where = where();
        return Messages.get("planfile.problem.file", file) + (where.isEmpty() ? "" : "\n" + where) + "\n\n" + action();
    }

    /** Excel's column letters: 1 → A, 27 → AA. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
