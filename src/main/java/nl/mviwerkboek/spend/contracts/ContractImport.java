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

    private ContractImport() {
    }

    /** The contracts in the file, groups matched by code or name. */
    public static List<Contract> read(Path file, List<ProductGroup> groups) throws UserProblem {
        String name = file.getFileName().toString();
        Map<ContractField, Integer> columns = new EnumMap<>(ContractField.class);
        Map<ContractField, String> headers = new EnumMap<>(ContractField.class);
        List<Contract> result = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long[] headerRow = {-1};
        try (TableFile table = TableFiles.open(file, Optional.empty())) {
            table.read(table.sheets().indexOf(table.largestSheet()), (row, cells) -> {
                if (headerRow[0] < 0) {
                    if (header(cells, columns, headers)) {
                        headerRow[0] = row;
                    }
                    return row < HEADER_ROWS;
                }
                if (cells.stream().allMatch(c -> c.text().isBlank())) {
                    return true;
                }
                new RowReader(row, cells, columns, headers, groups, problems).contract().ifPresent(result::add);
                return problems.size() < PROBLEMS_SHOWN;
            });
        } catch (ImportFileException e) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get(e.problem().key() + ".title")
                    + "\n" + Messages.get("planfile.problem.file", file) + "\n\n"
                    + Messages.get(e.problem().key() + ".action"));
        }
        if (headerRow[0] < 0) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get("contract.import.noHeader", name));
        }
        if (!problems.isEmpty()) {
            throw new UserProblem(Messages.get("contract.import.title"), Messages.get("contract.import.problems", name)
                    + "\n" + String.join("\n", problems) + "\n\n" + Messages.get("contract.import.action"));
        }
        return result;
    }

    private static boolean header(List<SheetCell> cells, Map<ContractField, Integer> columns,
                                  Map<ContractField, String> headers) {
        Map<ContractField, Integer> found = new EnumMap<>(ContractField.class);
        for (int i = 0; i < cells.size(); i++) {
            for (ContractField f : ContractField.values()) {
                if (!found.containsKey(f) && f.matches(cells.get(i).text())) {
                    found.put(f, i);
                    break;
                }
            }
        }
        if (found.containsKey(ContractField.TITLE) && found.size() >= 2) {
            columns.putAll(found);
            found.forEach((f, i) -> headers.put(f, cells.get(i).text().strip()));
            return true;
        }
        return false;
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
            return cell(f).text().strip();
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
