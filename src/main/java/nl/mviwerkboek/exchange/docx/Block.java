package nl.mviwerkboek.exchange.docx;

import java.util.Arrays;
import java.util.List;

/** One part of a document's body, in document order. */
public sealed interface Block {

    /**
     * A chapter (level 1), section (2) or subsection (3) heading; levels 1 and 2 appear in the contents and,
     * when {@code numbered}, are numbered by Word (1., 1.1) so that the numbers follow an inserted chapter.
     */
    record Heading(int level, String text, boolean numbered) implements Block {

        /** A numbered heading. */
        public Heading(int level, String text) {
            this(level, text, true);
        }
    }

    /** A paragraph of spans, some bold or italic. */
    record Text(List<Span> spans) implements Block {

        /** A plain paragraph. */
        public static Text of(String text) {
            return new Text(List.of(new Span(text, false, false)));
        }

        /** "Label: value" with the label in bold. */
        public static Text labelled(String label, String value) {
            return new Text(List.of(new Span(label + ": ", true, false), new Span(value, false, false)));
        }

        /** A paragraph in italics, for notes and explanations. */
        public static Text note(String text) {
            return new Text(List.of(new Span(text, false, true)));
        }
    }

    /** A piece of text in a paragraph. */
    record Span(String text, boolean bold, boolean italic) {
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {

        /** A list of {@code items}. */
        public static Bullets of(String... items) {
            return new Bullets(Arrays.asList(items));
        }
    }

    /** A table with a header row; cells are already formatted texts. The caption goes below it. */
    record Table(List<Column> columns, List<List<String>> rows, String caption) implements Block {

        /** The table with copies of its parts. */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> (List<String>) List.copyOf(r.stream().map(c -> c == null ? "" : c)
                    .toList())).toList();
        }
    }

    /** A column of a table: header, relative width and whether its cells are numbers (right-aligned). */
    record Column(String header, int weight, boolean number) {

        /** A text column. */
        public static Column text(String header, int weight) {
            return new Column(header, weight, false);
        }

        /** A number or amount column. */
        public static Column number(String header, int weight) {
            return new Column(header, weight, true);
        }
    }

    /** A few large figures side by side, each with a label under it. */
    record KeyFigures(List<Figure> figures) implements Block {
    }

    /** One key figure: the value as shown and what it is. */
    record Figure(String value, String label) {
    }

    /**
     * A native, editable chart: bars (horizontal, one series, each bar labelled with its value in
     * {@code numberFormat}, the axis in {@code axisFormat}; Excel format codes) or a pie (each slice labelled
     * with its percentage); category names as given. {@code description} is its alternative text.
     */
    record Chart(ChartKind kind, String title, String seriesName, List<String> categories, List<Double> values,
                 String numberFormat, String axisFormat, String caption, String description) implements Block {
    }

    /** The kinds of native chart. */
    enum ChartKind { BAR, PIE }

    /**
     * A PNG picture drawn at print resolution, placed {@code widthCm} wide; {@code description} is its
     * alternative text (what it shows, for a screen reader), {@code name} its file name.
     */
    record Picture(byte[] png, double widthCm, double heightCm, String name, String caption, String description)
            implements Block {
    }

    /** The table of contents field with its heading; Word fills in the page numbers when the document opens. */
    record Contents(String title) implements Block {
    }

    /** Starts a new page. */
    record PageBreak() implements Block {
    }

    /**
     * Starts a new section on a new page whose pages are landscape (for a wide table) or portrait again; the
     * header, footer and page numbers go on.
     */
    record Orientation(boolean landscape) implements Block {
    }
}
