package nl.mviwerkboek.spend.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.TenderCalendar;
import nl.mviwerkboek.spend.groups.ImpactDimension;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Ranks product groups by spend weighted with indicative impact for the plan's themes, so priorities
 * are not chosen on euros alone; and lists the tenders in the plan period in that order.
 */
public final class Priorities {

    private Priorities() {
    }

    /** The average impact score (0–3) of a group over the dimensions of the plan's themes. */
    public static double impact(ProductGroup g, List<ImpactDimension> themeDimensions) {
        if (themeDimensions.isEmpty()) {
            return 0;
        }
        return themeDimensions.stream().mapToInt(g::impactOf).average().orElse(0);
    }

    /** The dimensions of the plan's theme names (themes that map to none are left out). */
    public static List<ImpactDimension> dimensions(List<String> themeNames) {
        return themeNames.stream().map(ImpactDimension::forTheme).flatMap(Optional::stream).toList();
    }

    /** The priority list of the groups with spend (or ending contracts), highest score first. */
    public static List<GroupPriority> rank(List<Totals> byGroup, List<ProductGroup> groups,
                                           List<ImpactDimension> dims, List<Contract> contracts, LocalDate from,
                                           LocalDate to) {
        Map<Long, Long> spend = new HashMap<>();
        for (Totals t : byGroup) {
            if (t.key() != null) {
                spend.put((Long) t.key(), t.cents());
            }
        }
        Map<Long, Long> ending = new HashMap<>();
        for (Contract k : contracts) {
            if (k.groupId() != null && TenderCalendar.endsWithin(k, from, to)) {
                ending.merge(k.groupId(), k.valueCents(), Long::sum);
            }
        }
        record Scored(ProductGroup g, long spend, double impact, long score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ProductGroup g : groups) {
            long s = spend.getOrDefault(g.id(), 0L);
            if (g.archived() || (s <= 0 && !ending.containsKey(g.id()))) {
                continue;
            }
            double impact = impact(g, dims);
            scored.add(new Scored(g, s, impact, Math.round(Math.max(0, s) * impact / 3)));
        }
        scored.sort(Comparator.comparingLong(Scored::score).reversed().thenComparing(x -> x.g().name()));
        long total = scored.stream().mapToLong(Scored::score).sum();
        List<GroupPriority> result = new ArrayList<>();
        long before = 0;
        for (Scored x : scored) {
            Priority p = Priority.forShareBefore(total == 0 ? 1 : (double) before / total, x.score());
            result.add(new GroupPriority(x.g(), x.spend(), x.impact(), x.score(), p,
                    ending.getOrDefault(x.g().id(), 0L), result.size() + 1));
            before += x.score();
        }
        return result;
    }

    /** The contracts to tender in the period, high-priority and focus groups first, then by date. */
    public static List<Opportunity> opportunities(List<Contract> contracts, List<GroupPriority> ranked,
                                                  LocalDate from, LocalDate to) {
        Map<Long, GroupPriority> byGroup = new HashMap<>();
        ranked.forEach(r -> byGroup.put(r.group().id(), r));
        List<Opportunity> result = new ArrayList<>();
        for (Contract k : contracts) {
            if (TenderCalendar.endsWithin(k, from, to)) {
                GroupPriority r = k.groupId() == null ? null : byGroup.get(k.groupId());
                result.add(new Opportunity(k, k.finalEnd(), r == null ? null : r.group().name(),
                        r == null ? Priority.LOW : r.priority(), r != null && r.group().focus()));
            }
        }
        result.sort(Comparator.comparing((Opportunity o) -> !o.focusGroup()).thenComparing(Opportunity::priority)
                .thenComparing(Opportunity::tenderBy));
        return result;
    }
}
