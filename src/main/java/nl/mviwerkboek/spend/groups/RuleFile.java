package nl.mviwerkboek.spend.groups;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.mviwerkboek.exchange.CellText;
import nl.mviwerkboek.exchange.CsvReport;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.exchange.SmallTableFiles;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;

/**
 * Classification rules as a spreadsheet file (CSV, opens in Excel), so neighbouring municipalities can
 * share them. Groups are named by their code, so the file works in any plan with the same catalogue.
 */
public final class RuleFile {

    /** Column headers: the Dutch ones are written; Dutch and English ones are read. */
    static final List<String> HEADER = List.of("soort", "waarde", "tot en met", "productgroep", "naam productgroep");
    private static final Map<String, Integer> READ_NAMES = Map.of("soort", 0, "kind", 0, "waarde", 1, "value", 1,
            "tot en met", 2, "to", 2, "productgroep", 3, "group", 3);

    /** What an import of a rule file added and what it already had. */
    public record Imported(int added, int alreadyPresent) {
    }

    private RuleFile() {
    }

    /** Writes the plan's rules in order. */
    public static void write(Path file, List<ClassificationRule> rules, List<ProductGroup> groups) throws IOException {
        Map<Long, ProductGroup> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        List<List<String>> rows = new ArrayList<>();
        for (ClassificationRule r : rules) {
            ProductGroup g = byId.get(r.groupId());
            rows.add(List.of(r.kind().code(), r.value(), r.valueTo() == null ? "" : r.valueTo(), g.code(), g.name()));
        }
        CsvReport.write(file, HEADER, rows);
    }

    /** Reads a rule file; every row must be valid, or nothing is taken and the first problems are named. */
    public static List<ClassificationRule> read(Path file, List<ProductGroup> groups) throws UserProblem {
        Map<String, Long> byCode = new HashMap<>();
        groups.forEach(g -> byCode.put(g.code().toLowerCase(Locale.ROOT), g.mergedInto() != null ? g.mergedInto()
                : g.id()));
        List<ClassificationRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] columns = new int[4];
        String name = file.getFileName().toString();
        SmallTableFiles.read(file, Messages.get("rules.file.title"), (row, cells) -> {
            if (row == 1) {
                header(cells, columns, name);
                return true;
            }
            if (cells.stream().allMatch(cell -> cell.text().isBlank())) {
                return true;
            }
            String kind = cell(cells, columns[0]);
            String value = cell(cells, columns[1]);
            String code = cell(cells, columns[3]).toLowerCase(Locale.ROOT);
            RuleKind k = parseKind(kind);
            if (k == null) {
                problems.add(Messages.get("rules.file.badKind", row, kind));
            } else if (value.isBlank()) {
                problems.add(Messages.get("rules.file.noValue", row));
            } else if (!byCode.containsKey(code)) {
                problems.add(Messages.get("rules.file.unknownGroup", row, code));
            } else {
                String to = cell(cells, columns[2]);
                rules.add(new ClassificationRule(0, rules.size(), k, value, to.isBlank() ? null : to,
                        byCode.get(code)));
            }
            return problems.size() < 5;
        });
        if (!problems.isEmpty()) {
            throw new UserProblem(Messages.get("rules.file.title"), Messages.get("rules.file.problems", name)
                    + "\n" + String.join("\n", problems) + "\n\n" + Messages.get("rules.file.action"));
        }
        return rules;
    }

    /** Adds the rules that the plan does not have yet, after its own. */
    public static Imported add(Connection c, List<ClassificationRule> read) throws SQLException {
        RuleStorage storage = new RuleStorage();
        List<ClassificationRule> present = storage.list(c);
        int added = 0;
        for (ClassificationRule r : read) {
            boolean known = present.stream().anyMatch(p -> p.kind() == r.kind() && p.groupId() == r.groupId()
                    && p.value().equalsIgnoreCase(r.value()) && java.util.Objects.equals(p.valueTo(), r.valueTo()));
            if (!known) {
                storage.add(c, r.kind(), r.value(), r.valueTo(), r.groupId());
                added++;
            }
        }
        if (added > 0) {
            ClassificationStorage.markNeeded(c);
        }
        return new Imported(added, read.size() - added);
    }

    private static void header(List<SheetCell> cells, int[] columns, String file) throws UserProblem {
        java.util.Arrays.fill(columns, -1);
        for (int i = 0; i < cells.size(); i++) {
            Integer at = READ_NAMES.get(cells.get(i).text().strip().toLowerCase(Locale.ROOT));
            if (at != null && columns[at] < 0) {
                columns[at] = i;
            }
        }
        if (columns[0] < 0 || columns[1] < 0 || columns[3] < 0) {
            throw new UserProblem(Messages.get("rules.file.title"), Messages.get("rules.file.noHeader", file));
        }
    }

    private static RuleKind parseKind(String text) {
        for (RuleKind k : RuleKind.values()) {
            if (k.code().equalsIgnoreCase(text.strip()) || k.label().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }

    private static String cell(List<SheetCell> cells, int i) {
        return i < 0 || i >= cells.size() ? "" : CellText.singleLine(cells.get(i).text());
    }
}
