package nl.mviwerkboek.spend.contracts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.exchange.CellText;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.TableFile;
import nl.mviwerkboek.exchange.TableFiles;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.parse.Amounts;
import nl.mviwerkboek.spend.parse.DateOrder;
import nl.mviwerkboek.spend.parse.Dates;
import nl.mviwerkboek.spend.parse.DecimalStyle;

/**
 * Reads a contract register from a spreadsheet or CSV: finds the header row among the first rows by
 * its column names, then reads every contract. One wrong value refuses the whole file with the rows
 * and columns to correct, so a register is never half imported.
 */
public final class ContractImport {

    private static final int HEADER_ROWS = 40;
    private static final int PROBLEMS_SHOWN = 8;
    private static final int SAMPLE_ROWS = 8;

    private ContractImport() {
    }

    /** The contracts in the file with the columns found by their names (see {@link #analyse}); no choosing. */
    public static List<Contract> read(Path file, List<ProductGroup> groups) throws UserProblem {
        ContractSheet sheet = analyse(file);
        if (!sheet.suggested().containsKey(ContractField.TITLE)) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get("contract.import.noHeader",
                    file.getFileName()));
        }
        return read(sheet, sheet.suggested(), groups);
    }

    /**
     * Reads the header row (the row among the first 40 whose names fit the most fields; else the first
     * row with two or more texts) and the first data rows, with a suggested column for each field.
     */
    public static ContractSheet analyse(Path file) throws UserProblem {
        List<List<SheetCell>> top = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        int sheetIndex;
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            sheetIndex = table.sheets().indexOf(table.largestSheet());
            table.read(sheetIndex, (row, cells) -> {
                if (cells.stream().anyMatch(c -> !c.text().isBlank())) {
                    top.add(cells);
                    rowNumbers.add(row);
                }
                return top.size() < HEADER_ROWS + SAMPLE_ROWS;
            });
        } catch (ImportFileException e) {
            throw fileProblem(file, e);
        }
        int best = -1;
        Map<ContractField, Integer> bestFound = new EnumMap<>(ContractField.class);
        for (int i = 0; i < Math.min(top.size(), HEADER_ROWS); i++) {
            Map<ContractField, Integer> found = fields(top.get(i));
            if (found.size() > bestFound.size()) {
                best = i;
                bestFound = found;
            }
        }
        if (best < 0) {
            for (int i = 0; i < top.size() && best < 0; i++) {
                if (top.get(i).stream().filter(c -> !c.text().isBlank()).count() >= 2) {
                    best = i;
                }
            }
        }
        if (best < 0) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get("contract.import.noHeader",
                    file.getFileName()));
        }
        List<String> headers = top.get(best).stream().map(c -> CellText.singleLine(c.text())).toList();
        int to = Math.min(top.size(), best + 1 + SAMPLE_ROWS);
        return new ContractSheet(file, sheetIndex, rowNumbers.get(best), headers, List.copyOf(top.subList(best + 1, to)),
                List.copyOf(rowNumbers.subList(best + 1, to)), Map.copyOf(bestFound));
    }

    /** Every contract below the header with the chosen columns; one wrong value refuses the file. */
    public static List<Contract> read(ContractSheet sheet, Map<ContractField, Integer> columns,
                                      List<ProductGroup> groups) throws UserProblem {
        Map<ContractField, String> headers = headerNames(sheet, columns);
        List<Contract> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (TableFile table = TableFiles.open(sheet.file(), Optional.empty())) {
            table.read(sheet.sheetIndex(), (row, cells) -> {
                if (row <= sheet.headerRow() || cells.stream().allMatch(c -> c.text().isBlank())) {
                    return true;
                }
                new RowReader(row, cells, columns, headers, groups, problems).contract().ifPresent(result::add);
                return problems.size() < PROBLEMS_SHOWN;
            });
        } catch (ImportFileException e) {
            throw fileProblem(sheet.file(), e);
        }
        if (!problems.isEmpty()) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get("contract.import.problems",
                    sheet.file().getFileName()) + "\n" + String.join("\n", problems) + "\n\n"
                    + Messages.get("contract.import.action"));
        }
        return result;
    }

    /** How the first rows read with the chosen columns: the contract, or what is wrong with the row. */
    public static List<PreviewLine> preview(ContractSheet sheet, Map<ContractField, Integer> columns,
                                            List<ProductGroup> groups) {
        Map<ContractField, String> headers = headerNames(sheet, columns);
        List<PreviewLine> lines = new ArrayList<>();
        for (int i = 0; i < sheet.sample().size(); i++) {
            List<String> problems = new ArrayList<>();
            Optional<Contract> k = new RowReader(sheet.sampleRows().get(i), sheet.sample().get(i), columns, headers,
                    groups, problems).contract();
            lines.add(new PreviewLine(sheet.sampleRows().get(i), k.orElse(null), String.join(" ", problems)));
        }
        return lines;
    }

    /** One row of the preview: the contract read from it, or the problems found. */
    public record PreviewLine(long row, Contract contract, String problem) {
    }

    private static Map<ContractField, String> headerNames(ContractSheet sheet, Map<ContractField, Integer> columns) {
        Map<ContractField, String> headers = new EnumMap<>(ContractField.class);
        columns.forEach((f, i) -> headers.put(f, i < sheet.headers().size() ? sheet.headers().get(i) : f.headerName()));
        return headers;
    }

    private static UserProblem fileProblem(Path file, ImportFileException e) {
        return new UserProblem(Messages.get("contract.import.title"), e.title() + "\n" + e.detail());
    }

    private static Map<ContractField, Integer> fields(List<SheetCell> cells) {
        Map<ContractField, Integer> found = new EnumMap<>(ContractField.class);
        for (int i = 0; i < cells.size(); i++) {
            for (ContractField f : ContractField.values()) {
                if (!found.containsKey(f) && f.matches(cells.get(i).text())) {
                    found.put(f, i);
                    break;
                }
            }
        }
        return found.containsKey(ContractField.TITLE) || found.size() >= 2 ? found : Map.of();
    }

    /** Reads one row, adding a problem for every value that cannot be read. */
    private record RowReader(long row, List<SheetCell> cells, Map<ContractField, Integer> columns,
                             Map<ContractField, String> headers, List<ProductGroup> groups, List<String> problems) {

        Optional<Contract> contract() {
            int before = problems.size();
            String title = text(ContractField.TITLE);
            if (title.isEmpty()) {
                problem(ContractField.TITLE, "", "contract.import.noTitle");
            }
            ProductGroup group = group();
            LocalDate start = date(ContractField.START);
            LocalDate end = date(ContractField.END);
            int months = months();
            long value = amount();
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Contract(0, title, text(ContractField.SUPPLIER), group == null ? null : group.id(),
                    start, end, months, text(ContractField.OPTIONS), value, yes(ContractField.MVI),
                    yes(ContractField.SROI), text(ContractField.OWNER), ""));
        }

        private SheetCell cell(ContractField f) {
            Integer i = columns.get(f);
            return i == null || i >= cells.size() ? SheetCell.EMPTY : cells.get(i);
        }

        private String text(ContractField f) {
            return CellText.singleLine(cell(f).text());
        }

        private ProductGroup group() {
            String t = text(ContractField.GROUP);
            if (t.isEmpty()) {
                return null;
            }
            Optional<ProductGroup> g = groups.stream().filter(x -> !x.archived() && (x.code().equalsIgnoreCase(t)
                    || x.name().equalsIgnoreCase(t))).findFirst();
            if (g.isEmpty()) {
                problem(ContractField.GROUP, t, "contract.import.unknownGroup");
            }
            return g.orElse(null);
        }

        private LocalDate date(ContractField f) {
            SheetCell c = cell(f);
            if (c.text().isBlank()) {
                return null;
            }
            Optional<LocalDate> d = c.kind() == SheetCell.Kind.DATE ? Optional.of(LocalDate.parse(c.text()))
                    : Dates.parse(c.text(), DateOrder.DAY_MONTH);
            if (d.isEmpty()) {
                problem(f, c.text(), "contract.import.badDate");
            }
            return d.orElse(null);
        }

        private int months() {
            String t = text(ContractField.EXTENSION);
            if (t.isEmpty()) {
                return 0;
            }
            if (!t.matches("\\d{1,3}([.,]0+)?")) {
                problem(ContractField.EXTENSION, t, "contract.import.badMonths");
                return 0;
            }
            return Integer.parseInt(t.replaceAll("[.,]0+$", ""));
        }

        private long amount() {
            SheetCell c = cell(ContractField.VALUE);
            if (c.text().isBlank()) {
                return 0;
            }
            Optional<Long> cents = c.kind() == SheetCell.Kind.NUMBER
                    ? Optional.of(Amounts.numberToCents(new BigDecimal(c.text())))
                    : Amounts.parseCents(c.text(), Amounts.evidence(c.text()).orElse(DecimalStyle.COMMA));
            if (cents.isEmpty() || cents.get() < 0) {
                problem(ContractField.VALUE, c.text(), "contract.import.badValue");
                return 0;
            }
            return cents.get();
        }

        private boolean yes(ContractField f) {
            return List.of("ja", "j", "yes", "y", "x", "1", "true", "waar").contains(text(f).toLowerCase(Locale.ROOT));
        }

        private void problem(ContractField f, String value, String key) {
            problems.add(Messages.get("contract.import.where", row, headers.getOrDefault(f, f.headerName()), value)
                    + " " + Messages.get(key));
        }
    }
}
