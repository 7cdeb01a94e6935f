package nl.mviwerkboek.exchange.xlsx;

import java.util.List;

/**
 * An Excel workbook to write: a title for the file's properties and sheets, each written as one Excel
 * table. Cell values are {@code String}, {@code Integer}/{@code Long} (whole numbers), {@code Double},
 * {@link Money}, {@link Percentage}, {@code java.time.LocalDate} or {@code null} (empty).
 */
public record Workbook(String title, List<Sheet> sheets) {

    /** The workbook with a copy of its sheets. */
    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /** A sheet: its name (at most 31 characters), columns and rows. */
    public record Sheet(String name, List<Column> columns, List<List<Object>> rows) {

        /** The sheet with copies of its parts. */
        public Sheet {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> (List<Object>) java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(r))).toList();
        }
    }

    /** A column: header, width in characters and, when not empty, the only values allowed (a list to pick from). */
    public record Column(String header, int width, List<String> allowed) {

        /** A column without a list of allowed values. */
        public static Column of(String header, int width) {
            return new Column(header, width, List.of());
        }
    }

    /** An amount in euro cents, shown as € 1.234,56. */
    public record Money(long cents) {
    }

    /** A share (0.25 for 25 %), shown as 25,0%. */
    public record Percentage(double fraction) {
    }
}
