package nl.mviwerkboek.spend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.exchange.CellText;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.spend.parse.Amounts;
import nl.mviwerkboek.spend.parse.Dates;
import nl.mviwerkboek.spend.parse.RowKinds;
import nl.mviwerkboek.spend.parse.SpendField;

/**
 * Turns one row of an export into a spend line, or says why the row is skipped. The same reader
 * makes the preview and the import, so the preview shows exactly what will be stored.
 */
public final class LineReader {

    /** The longest value a problem keeps of a cell. */
    static final int EXCERPT = 200;

    /** A row's outcome: a line (possibly with a doubt), or a problem that skips it. */
    public record Result(ParsedLine line, ImportProblem problem, SpendField field) {
        /** Whether the row becomes a spend line. */
        public boolean imported() {
            return line != null;
        }
    }

    private final List<String> header;
    private final List<String> normalisedHeader;
    private final ColumnMapping mapping;
    private final ColumnStyles styles;
    private final Integer fixedYear;
    /** Column per field (by ordinal), -1 when unmapped: looked up once, used on every row. */
    private final int[] columns = new int[SpendField.values().length];

    /** A reader for rows below {@code header}; {@code fixedYear} is used where a row has no date. */
    public LineReader(List<String> header, ColumnMapping mapping, ColumnStyles styles, Integer fixedYear) {
        this.header = header;
        this.normalisedHeader = header.stream().map(nl.mviwerkboek.spend.parse.HeaderNames::normalise).toList();
        this.mapping = mapping;
        this.styles = styles;
        this.fixedYear = fixedYear;
        for (SpendField f : SpendField.values()) {
            columns[f.ordinal()] = mapping.column(f).orElse(-1);
        }
    }

    /** Reads one row. */
    public Result read(long row, List<SheetCell> cells) {
        List<String> texts = new java.util.ArrayList<>(cells.size());
        for (SheetCell c : cells) {
            texts.add(c.text());
        }
        if (RowKinds.isBlank(texts)) {
            return skip(row, null, "", ProblemReason.BLANK);
        }
        if (RowKinds.isRepeatedNormalisedHeader(texts, normalisedHeader)) {
            return skip(row, null, "", ProblemReason.REPEATED_HEADER);
        }
        if (RowKinds.isTotal(texts) && value(cells, SpendField.DATE) == null) {
            return skip(row, null, String.join(" ", texts.stream().filter(t -> !t.isBlank()).toList()),
                    ProblemReason.TOTAL);
        }
        String supplier = value(cells, SpendField.SUPPLIER);
        if (supplier == null) {
            return skip(row, SpendField.SUPPLIER, raw(cells, SpendField.SUPPLIER), ProblemReason.NO_SUPPLIER);
        }
        Optional<Long> amount = amount(cells);
        if (amount.isEmpty()) {
            return skip(row, SpendField.AMOUNT, raw(cells, SpendField.AMOUNT), ProblemReason.BAD_AMOUNT);
        }
        Optional<LocalDate> date = date(cells);
        ImportProblem doubt = null;
        SpendField doubtField = null;
        if (date.isEmpty()) {
            if (fixedYear == null) {
                return skip(row, SpendField.DATE, raw(cells, SpendField.DATE), ProblemReason.BAD_DATE);
            }
            if (columns[SpendField.DATE.ordinal()] >= 0) {
                doubtField = SpendField.DATE;
                doubt = problem(row, SpendField.DATE, raw(cells, SpendField.DATE), ProblemReason.DATE_FROM_YEAR);
            }
        }
        if (doubt == null && (doubtField = fieldWithNul(cells)) != null) {
            doubt = problem(row, doubtField, raw(cells, doubtField), ProblemReason.NUL_REMOVED);
        }
        int year = date.map(LocalDate::getYear).orElse(fixedYear == null ? 0 : fixedYear);
        ParsedLine line = new ParsedLine(row, supplier, value(cells, SpendField.SUPPLIER_NUMBER), amount.get(),
                date.orElse(null), year, value(cells, SpendField.LEDGER_CODE), value(cells, SpendField.LEDGER_DESCRIPTION),
                value(cells, SpendField.COST_CENTRE), value(cells, SpendField.DESCRIPTION),
                value(cells, SpendField.INVOICE_NUMBER), value(cells, SpendField.KVK), value(cells, SpendField.VAT_NUMBER),
                value(cells, SpendField.POSTCODE), value(cells, SpendField.CITY));
        return new Result(line, doubt, doubt == null ? null : doubtField);
    }

    /** The first mapped field whose text held a NUL character (dropped from the value), or null. */
    private SpendField fieldWithNul(List<SheetCell> cells) {
        for (SpendField f : SpendField.values()) {
            int column = columns[f.ordinal()];
            if (column >= 0 && column < cells.size() && CellText.hasNul(cells.get(column).text())) {
                return f;
            }
        }
        return null;
    }

    private Optional<Long> amount(List<SheetCell> cells) {
        SheetCell c = cell(cells, SpendField.AMOUNT);
        if (c == null) {
            return Optional.empty();
        }
        if (c.kind() == SheetCell.Kind.NUMBER) {
            // a plain number with a decimal point; the text reader takes it as it is (exact, or rounded)
            Optional<Long> cents = Amounts.parseCents(c.text(), nl.mviwerkboek.spend.parse.DecimalStyle.DOT);
            return cents.isPresent() ? cents : Optional.of(Amounts.numberToCents(new java.math.BigDecimal(c.text())));
        }
        return Amounts.parseCents(CellText.singleLine(c.text()), styles.amounts());
    }

    private Optional<LocalDate> date(List<SheetCell> cells) {
        SheetCell c = cell(cells, SpendField.DATE);
        if (c == null) {
            return Optional.empty();
        }
        return switch (c.kind()) {
            case DATE -> Dates.parse(c.text(), styles.dates());
            case NUMBER -> Dates.fromSerial(Double.parseDouble(c.text()));
            case TEXT -> Dates.parse(CellText.singleLine(c.text()), styles.dates());
        };
    }

    /** The mapped cell, or null when unmapped, blank or an error value. */
    private SheetCell cell(List<SheetCell> cells, SpendField field) {
        int column = columns[field.ordinal()];
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        SheetCell c = cells.get(column);
        return c.text().isBlank() || RowKinds.isErrorValue(c.text()) || CellText.singleLine(c.text()).isEmpty() ? null
                : c;
    }

    /** The mapped cell's text on one line, without invisible characters or surrounding spaces, or null. */
    private String value(List<SheetCell> cells, SpendField field) {
        int column = columns[field.ordinal()];
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String text = cells.get(column).text();
        if (text.isBlank() || RowKinds.isErrorValue(text)) {
            return null;
        }
        String line = CellText.singleLine(text); // once per cell, not once to test and once to keep
        return line.isEmpty() ? null : line;
    }

    private String raw(List<SheetCell> cells, SpendField field) {
        int column = columns[field.ordinal()];
        return column >= 0 && column < cells.size() ? cells.get(column).text() : "";
    }

    private String columnName(SpendField field) {
        return field == null ? null : mapping.column(field).filter(c -> c < header.size()).map(header::get)
                .orElse(field.label());
    }

    private ImportProblem problem(long row, SpendField field, String value, ProblemReason reason) {
        return new ImportProblem(row, columnName(field), excerpt(value), reason);
    }

    /** A value as the problem list shows it: at most {@value #EXCERPT} characters, nothing invisible. */
    static String excerpt(String value) {
        String oneLine = CellText.singleLine(value.length() > EXCERPT * 2 ? value.substring(0, EXCERPT * 2) : value);
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }

    private Result skip(long row, SpendField field, String value, ProblemReason reason) {
        return new Result(null, problem(row, field, value, reason), field);
    }

    /**
     * The amount of a skipped row, for the total of the skipped rows: zero for rows that are no spend
     * (blank, a repeated header, a totals row) and for an amount that cannot be read.
     */
    public long skippedCents(Result skipped, List<SheetCell> cells) {
        ProblemReason reason = skipped.problem() == null ? null : skipped.problem().reason();
        return reason == ProblemReason.NO_SUPPLIER || reason == ProblemReason.BAD_DATE ? amount(cells).orElse(0L) : 0;
    }

    /** The raw text of a mapped field in a row (for showing a skipped row as it is). */
    public String rawText(List<SheetCell> cells, SpendField field) {
        return raw(cells, field);
    }
}
