package nl.mviwerkboek.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.analysis.Pareto;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.SupplierSpend;
import nl.mviwerkboek.spend.analysis.ThresholdSignal;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.priority.GroupPriority;
import nl.mviwerkboek.spend.priority.PriorityPicture;

/** The stable JSON structure of {@code analyse}: field names in English, amounts in cents, shares 0–1. */
final class AnalysisJson {

    /** How many suppliers the JSON lists. */
    static final int TOP_SUPPLIERS = 20;

    private AnalysisJson() {
    }

    static Map<String, Object> toMap(SpendPicture spend, PriorityPicture priorities) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", spend.filter().year());
        root.put("totalCents", spend.totalCents());
        root.put("classifiedShare", share(spend.share().byAmount()));
        root.put("classifiedShareByLines", share(spend.share().byLines()));
        root.put("productGroups", groups(spend));
        List<Object> suppliers = new ArrayList<>();
        for (SupplierSpend s : spend.suppliers().subList(0, Math.min(TOP_SUPPLIERS, spend.suppliers().size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("cents", s.cents());
            m.put("lines", s.lines());
            m.put("abcClass", spend.pareto().classOf().get(s.supplierId()).name());
            suppliers.add(m);
        }
        root.put("topSuppliers", suppliers);
        List<Object> abc = new ArrayList<>();
        for (Pareto.ClassTotals t : spend.pareto().classes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", t.abcClass().name());
            m.put("suppliers", t.suppliers());
            m.put("cents", t.cents());
            abc.add(m);
        }
        root.put("abc", abc);
        root.put("supplierShareFor80Percent", share(spend.pareto().supplierShareFor80()));
        List<Object> signals = new ArrayList<>();
        for (ThresholdSignal s : spend.signals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("supplier", s.supplierName());
            m.put("productGroup", s.groupName());
            m.put("kind", s.kind().code());
            m.put("year", s.year());
            m.put("yearlyCents", s.yearlyCents());
            m.put("estimatedCents", s.estimatedCents());
            m.put("thresholdCents", s.thresholdCents());
            signals.add(m);
        }
        root.put("thresholdSignals", signals);
        List<Object> ranked = new ArrayList<>();
        for (GroupPriority p : priorities.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", p.rank());
            m.put("code", p.group().code());
            m.put("name", p.group().name());
            m.put("spendCents", p.spendCents());
            m.put("impact", share(p.impact()));
            m.put("scoreCents", p.scoreCents());
            m.put("priority", p.priority().name().toLowerCase(java.util.Locale.ROOT));
            m.put("focus", p.group().focus());
            m.put("endingContractsCents", p.endingContractsCents());
            ranked.add(m);
        }
        root.put("priorities", ranked);
        return root;
    }

    /** Spend per product group; unclassified spend has code null. */
    static List<Map<String, Object>> groups(SpendPicture spend) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Totals t : spend.byGroup()) {
            ProductGroup g = t.key() == null ? null : spend.groups().get((Long) t.key());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", g == null ? null : g.code());
            m.put("name", g == null ? nl.mviwerkboek.shared.i18n.Messages.get("groups.unclassified") : g.name());
            m.put("cents", t.cents());
            m.put("lines", t.lines());
            m.put("suppliers", t.suppliers());
            m.put("share", share(t.shareOf(spend.totalCents())));
            result.add(m);
        }
        return result;
    }

    private static double share(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
