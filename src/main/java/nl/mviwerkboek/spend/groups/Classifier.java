package nl.mviwerkboek.spend.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.mviwerkboek.spend.parse.Accents;
import nl.mviwerkboek.spend.parse.SupplierNames;

/**
 * Decides the product group of a spend line: a manual assignment of the line, else of its supplier
 * (or the supplier it was merged into), else the first rule in order that matches; else none.
 */
public final class Classifier {

    /** Why a line is in its group. */
    public enum Source { LINE, SUPPLIER, RULE, NONE }

    /** The outcome for one line: the group (null when none) and how it was decided. */
    public record Decision(Long groupId, Source source, ClassificationRule rule) {
    }

    private static final Decision NONE = new Decision(null, Source.NONE, null);

    private final List<ClassificationRule> rules;
    private final Map<Long, Long> supplierGroups;
    private final Map<String, Long> lineGroups;
    private final Map<Long, Long> roots;
    private final Map<Long, String> supplierNames;
    private final boolean needsNames;
    private final Map<String, String> normalisedPrinted = new HashMap<>();
    private final Map<String, String> foldedLedger = new HashMap<>();
    private final RuleIndex index;

    /**
     * A classifier over rules in their order, supplier assignments (by root supplier), line assignments
     * (by {@link LineFacts#lineKey()}), merged suppliers' roots and suppliers' normalised names.
     */
    public Classifier(List<ClassificationRule> rules, Map<Long, Long> supplierGroups, Map<String, Long> lineGroups,
                      Map<Long, Long> roots, Map<Long, String> supplierNames) {
        this.rules = rules.stream().map(Classifier::folded).toList();
        this.supplierGroups = supplierGroups;
        this.lineGroups = lineGroups;
        this.roots = roots;
        this.supplierNames = supplierNames;
        this.needsNames = rules.stream().anyMatch(r -> r.kind() == RuleKind.SUPPLIER);
        this.index = new RuleIndex(this.rules);
    }

    /** Whether any rule looks at descriptions (else a run need not read them). */
    public boolean readsDescriptions() {
        return rules.stream().anyMatch(r -> r.kind() == RuleKind.KEYWORD) || !lineGroups.isEmpty();
    }

    /** Whether a line's printed supplier name, invoice and date matter (supplier rules or line assignments). */
    public boolean readsLineDetails() {
        return needsNames || !lineGroups.isEmpty();
    }

    /** The group of a line, or null. */
    public Long classify(LineFacts line) {
        return decide(line).groupId();
    }

    /** The group of a line and the reason. */
    public Decision decide(LineFacts line) {
        if (!lineGroups.isEmpty()) {
            Long g = lineGroups.get(line.lineKey());
            if (g != null) {
                return new Decision(g, Source.LINE, null);
            }
        }
        long root = roots.getOrDefault(line.supplierId(), line.supplierId());
        Long bySupplier = supplierGroups.get(root);
        if (bySupplier != null) {
            return new Decision(bySupplier, Source.SUPPLIER, null);
        }
        ClassificationRule rule = index.first(strip(line.ledgerCode()), strip(line.costCentre()),
                new RuleIndex.LineText() {
                    @Override
                    public String ledgerText() {
                        return line.ledgerDescription() == null ? ""
                                : foldedLedger.computeIfAbsent(line.ledgerDescription(), Classifier::fold);
                    }

                    @Override
                    public String descriptionText() {
                        String description = line.description();
                        return description == null || !index.filter().mayMatch(description) ? null : fold(description);
                    }

                    @Override
                    public String joinedText() {
                        return ledgerText() + "\n" + fold(line.description());
                    }

                    @Override
                    public boolean supplierIs(String value) {
                        return needsNames && supplierMatches(line, root, value);
                    }
                });
        return rule == null ? NONE : new Decision(rule.groupId(), Source.RULE, rule);
    }

    private boolean supplierMatches(LineFacts line, long root, String value) {
        String printed = line.supplierName() == null ? "" : normalisedPrinted.computeIfAbsent(line.supplierName(),
                SupplierNames::normalise);
        return value.equals(printed) || value.equals(supplierNames.get(root))
                || value.equals(supplierNames.get(line.supplierId()));
    }

    /** Compares ledger codes as numbers when all three are numbers, else as text. */
    static boolean inRange(String code, String from, String to) {
        if (code == null || code.isEmpty()) {
            return false;
        }
        String upper = to == null || to.isBlank() ? from : to;
        if (isDigits(code) && isDigits(from) && isDigits(upper) && code.length() < 19 && from.length() < 19
                && upper.length() < 19) {
            long c = Long.parseLong(code);
            return c >= Long.parseLong(from) && c <= Long.parseLong(upper);
        }
        return code.compareTo(from) >= 0 && code.compareTo(upper) <= 0;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static ClassificationRule folded(ClassificationRule r) {
        String value = switch (r.kind()) {
            case KEYWORD -> fold(r.value());
            case SUPPLIER -> SupplierNames.normalise(r.value());
            default -> strip(r.value());
        };
        return new ClassificationRule(r.id(), r.position(), r.kind(), value, strip(r.valueTo()), r.groupId());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Lower case without accents, the form keywords are compared in. */
    static String fold(String s) {
        return s == null ? "" : Accents.strip(s).toLowerCase(Locale.ROOT);
    }
}
