package nl.mviwerkboek.spend.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ABC/Pareto analysis of suppliers. Suppliers are ranked by net spend; a supplier's class follows from
 * the share of the suppliers ranked above it, and suppliers with equal spend share a class. Suppliers
 * whose credit notes cancel their spend (net zero or less) are class D and do not count in the shares.
 */
public final class Pareto {

    /** Suppliers and spend of one class. */
    public record ClassTotals(AbcClass abcClass, long suppliers, long cents) {
    }

    /** One point of the Pareto curve: share of suppliers (0–1) against share of spend (0–1). */
    public record Point(double supplierShare, double spendShare) {
    }

    /** The outcome: totals per class, the curve and the share of suppliers making 80 % of spend. */
    public record Result(List<ClassTotals> classes, List<Point> curve, double supplierShareFor80,
                         Map<Long, AbcClass> classOf) {
    }

    private static final int CURVE_POINTS = 200;

    private Pareto() {
    }

    /** Classifies suppliers given largest first (as {@link AnalysisStorage#bySupplier} returns them). */
    public static Result analyse(List<SupplierSpend> suppliers) {
        List<SupplierSpend> ranked = new ArrayList<>(suppliers);
        ranked.sort((a, b) -> Long.compare(b.cents(), a.cents()));
        long positiveTotal = ranked.stream().mapToLong(s -> Math.max(0, s.cents())).sum();
        long positiveCount = ranked.stream().filter(s -> s.cents() > 0).count();
        Map<AbcClass, long[]> totals = new EnumMap<>(AbcClass.class);
        for (AbcClass c : AbcClass.values()) {
            totals.put(c, new long[2]);
        }
        Map<Long, AbcClass> classOf = new java.util.HashMap<>();
        List<Point> curve = new ArrayList<>();
        curve.add(new Point(0, 0));
        long before = 0;
        long tieStart = 0;
        long tieAmount = Long.MIN_VALUE;
        int rank = 0;
        double shareFor80 = 0;
        int step = (int) Math.max(1, positiveCount / CURVE_POINTS);
        for (SupplierSpend s : ranked) {
            AbcClass abc;
            if (s.cents() <= 0 || positiveTotal == 0) {
                abc = AbcClass.D;
            } else {
                if (s.cents() != tieAmount) {
                    tieAmount = s.cents();
                    tieStart = before;
                }
                abc = AbcClass.forShareBefore((double) tieStart / positiveTotal);
                before += s.cents();
                rank++;
                if (shareFor80 == 0 && before >= 0.8 * positiveTotal) {
                    shareFor80 = (double) rank / positiveCount;
                }
                if (rank % step == 0 || rank == positiveCount) {
                    curve.add(new Point((double) rank / positiveCount, (double) before / positiveTotal));
                }
            }
            classOf.put(s.supplierId(), abc);
            totals.get(abc)[0]++;
            totals.get(abc)[1] += s.cents();
        }
        List<ClassTotals> classes = new ArrayList<>();
        totals.forEach((c, t) -> classes.add(new ClassTotals(c, t[0], t[1])));
        return new Result(classes, curve, shareFor80, classOf);
    }
}
