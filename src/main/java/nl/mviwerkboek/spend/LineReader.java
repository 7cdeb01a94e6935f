package nl.mviwerkboek.spend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** A row's outcome: a line (possibly with a doubt), or a problem that skips it. */
    public record Result(ParsedLine line, ImportProblem problem) {
        /** Whether the row becomes a spend line. */
        public boolean imported() {
            return line != null;
        }
    }

    private final List<String> header;
    private final ColumnMapping mapping;
    private final ColumnStyles styles;
    private final Integer fixedYear;

    /** A reader for rows below {@code header}; {@code fixedYear} is used where a row has no date. */
    public LineReader(List<String> header, ColumnMapping mapping, ColumnStyles styles, Integer fixedYear) {
        this.header = header;
        this.mapping = mapping;
        this.styles = styles;
        this.fixedYear = fixedYear;
    }

    /** Reads one row. */
    public Result read(long row, List<SheetCell> cells) {
        List<String> texts = cells.stream().map(SheetCell::text).toList();
        if (RowKinds.isBlank(texts)) {
            return skip(row, null, "", ProblemReason.BLANK);
        }
        if (RowKinds.isRepeatedHeader(texts, header)) {
            return skip(row, null, "", ProblemReason.REPEATED_HEADER);
        }
        if (RowKinds.isTotal(texts) && text(cells, SpendField.DATE).isEmpty()) {
            return skip(row, null, String.join(" ", texts.stream().filter(t -> !t.isBlank()).toList()),
                    ProblemReason.TOTAL);
        }
        Optional<String> supplier = text(cells, SpendField.SUPPLIER);
        if (supplier.isEmpty()) {
            return skip(row, SpendField.SUPPLIER, raw(cells, SpendField.SUPPLIER), ProblemReason.NO_SUPPLIER);
        }
        Optional<Long> amount = amount(cells);
        if (amount.isEmpty()) {
            return skip(row, SpendField.AMOUNT, raw(cells, SpendField.AMOUNT), ProblemReason.BAD_AMOUNT);
        }
        Optional<LocalDate> date = date(cells);
        ImportProblem doubt = null;
        if (date.isEmpty()) {
            if (fixedYear == null) {
                return skip(row, SpendField.DATE, raw(cells, SpendField.DATE), ProblemReason.BAD_DATE);
            }
            if (mapping.column(SpendField.DATE).isPresent()) {
                doubt = problem(row, SpendField.DATE, raw(cells, SpendField.DATE), ProblemReason.DATE_FROM_YEAR);
            }
        }
        int year = date.map(LocalDate::getYear).orElse(fixedYear == null ? 0 : fixedYear);
        ParsedLine line = new ParsedLine(row, supplier.get(), opt(cells, SpendField.SUPPLIER_NUMBER), amount.get(),
                date.orElse(null), year, opt(cells, SpendField.LEDGER_CODE), opt(cells, SpendField.LEDGER_DESCRIPTION),
                opt(cells, SpendField.COST_CENTRE), opt(cells, SpendField.DESCRIPTION),
                opt(cells, SpendField.INVOICE_NUMBER), opt(cells, SpendField.KVK), opt(cells, SpendField.VAT_NUMBER),
                opt(cells, SpendField.POSTCODE), opt(cells, SpendField.CITY));
        return new Result(line, doubt);
    }

    private Optional<Long> amount(List<SheetCell> cells) {
        Optional<SheetCell> cell = cell(cells, SpendField.AMOUNT);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        SheetCell c = cell.get();
        if (c.kind() == SheetCell.Kind.NUMBER) {
            return Optional.of(Amounts.numberToCents(new java.math.BigDecimal(c.text())));
        }
        return Amounts.parseCents(c.text(), styles.amounts());
    }

    private Optional<LocalDate> date(List<SheetCell> cells) {
        return cell(cells, SpendField.DATE).flatMap(c -> switch (c.kind()) {
            case DATE -> Optional.of(LocalDate.parse(c.text()));
            case NUMBER -> Dates.fromSerial(Double.parseDouble(c.text()));
            case TEXT -> Dates.parse(c.text(), styles.dates());
        });
    }

    /** The mapped cell, when it holds something other than blank or an error value. */
    private Optional<SheetCell> cell(List<SheetCell> cells, SpendField field) {
        return mapping.column(field).filter(c -> c < cells.size()).map(cells::get)
                .filter(c -> !c.text().isBlank() && !RowKinds.isErrorValue(c.text()));
    }

    private Optional<String> text(List<SheetCell> cells, SpendField field) {
        return cell(cells, field).map(c -> c.text().strip());
    }

    private String opt(List<SheetCell> cells, SpendField field) {
        return text(cells, field).orElse(null);
    }

    private String raw(List<SheetCell> cells, SpendField field) {
        return mapping.column(field).filter(c -> c < cells.size()).map(c -> cells.get(c).text()).orElse("");
    }

    private String columnName(SpendField field) {
        return field == null ? null : mapping.column(field).filter(c -> c < header.size()).map(header::get)
                .orElse(field.label());
    }

    private ImportProblem problem(long row, SpendField field, String value, ProblemReason reason) {
        return new ImportProblem(row, columnName(field), value, reason);
    }

    private Result skip(long row, SpendField field, String value, ProblemReason reason) {
        return new Result(null, problem(row, field, value, reason));
    }
}
