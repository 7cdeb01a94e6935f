package nl.mviwerkboek.spend.groups;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * What a new rule would catch before it is saved: it goes at the end of the order, so it catches the lines no line
 * or supplier assignment and no earlier rule already places. Decided by the same {@link Classifier} as a run.
 */
public final class RulePreviewStorage {

    /** A line the rule would catch, as the officer knows it. */
    public record Example(String supplier, String description, long cents) {
    }

    /**
     * The lines the rule would catch (count and total), the lines it matches that something earlier already
     * places, and the largest caught lines (at most the number asked for), the largest first.
     */
    public record RulePreview(long lines, long cents, long placedEarlier, List<Example> examples) {
    }

    private static final long NEW_RULE = -1;

    /**
     * The preview of a rule of {@code kind} on {@code value} (up to {@code valueTo} for a range); null when
     * {@code stale} says, while it reads, that nobody waits for this answer any more.
     */
    public RulePreview preview(Connection c, RuleKind kind, String value, String valueTo, int examples,
                               BooleanSupplier stale) throws SQLException {
        ClassificationRule rule = new ClassificationRule(NEW_RULE, Integer.MAX_VALUE, kind, value, valueTo, NEW_RULE);
        AssignmentStorage assignments = new AssignmentStorage();
        Classifier plan = assignments.classifier(c, rule);
        Classifier alone = assignments.ruleAlone(c, rule);
        Comparator<Example> bySize = Comparator.comparingLong(e -> Math.abs(e.cents()));
        PriorityQueue<Example> largest = new PriorityQueue<>(bySize);
        long lines = 0;
        long cents = 0;
        long earlier = 0;
        long read = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT supplier_id, supplier_name, "
                + "ledger_code, ledger_description, cost_centre, description, invoice_number, line_date, amount_cents "
                + "FROM spend_line")) {
            while (rs.next()) {
                if (++read % 20_000 == 0 && stale.getAsBoolean()) {
                    return null;
                }
                LineFacts line = new LineFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9));
                Classifier.Decision decision = plan.decide(line);
                if (decision.rule() != null && decision.rule().id() == NEW_RULE) {
                    lines++;
                    cents += line.amountCents();
                    largest.add(new Example(line.supplierName(), line.description(), line.amountCents()));
                    if (largest.size() > examples) {
                        largest.poll();
                    }
                } else if (alone.decide(line).rule() != null) {
                    earlier++;
                }
            }
        }
        List<Example> shown = new ArrayList<>(largest);
        shown.sort(bySize.reversed());
        return new RulePreview(lines, cents, earlier, List.copyOf(shown));
    }
}
