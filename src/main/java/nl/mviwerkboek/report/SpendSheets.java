package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.exchange.xlsx.Workbook;
import nl.mviwerkboek.exchange.xlsx.Workbook.Column;
import nl.mviwerkboek.exchange.xlsx.Workbook.Money;
import nl.mviwerkboek.exchange.xlsx.Workbook.Percentage;
import nl.mviwerkboek.spend.analysis.AbcClass;
import nl.mviwerkboek.spend.analysis.Pareto;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.SupplierSpend;
import nl.mviwerkboek.spend.analysis.ThresholdSignal;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.TenderEvent;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.priority.GroupPriority;

/** The workbook's spend sheets: per product group, suppliers, ABC classes, threshold signals, contract calendar. */
final class SpendSheets {

    private SpendSheets() {
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static Workbook.Sheet groups(ReportSources s) {
        SpendPicture sp = s.spend();
        Map<Long, GroupPriority> priority = new HashMap<>();
        s.priorities().groups().forEach(g -> priority.put(g.group().id(), g));
        Map<Long, String> themes = Appendices.focusThemes(s);
        List<List<Object>> rows = new ArrayList<>();
        for (Totals t : sp.byGroup()) {
            ProductGroup g = t.key() == null ? null : sp.groups().get((Long) t.key());
            GroupPriority p = g == null ? null : priority.get(g.id());
            rows.add(row(SpendChapter.groupName(t), g == null || g.kind() == null ? null : g.kind().label(),
                    new Money(t.cents()), new Percentage(t.shareOf(sp.totalCents())), t.suppliers(), t.lines(),
                    g == null ? null : themes.get(g.id()), p == null ? null : p.priority().label()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.groups"), List.of(Column.of(Texts.get("doc.col.group"), 36),
                Column.of(Texts.get("doc.col.kind"), 16), Column.of(Texts.get("doc.col.amount"), 18),
                Column.of(Texts.get("doc.col.share"), 10), Column.of(Texts.get("doc.col.suppliers"), 12),
                Column.of(Texts.get("xlsx.col.lines"), 10), Column.of(Texts.get("doc.col.focusTheme"), 24),
                Column.of(Texts.get("doc.col.priority"), 12)), rows);
    }

    static Workbook.Sheet suppliers(ReportSources s) {
        SpendPicture sp = s.spend();
        Map<Long, AbcClass> abc = sp.pareto().classOf();
        List<List<Object>> rows = new ArrayList<>();
        for (SupplierSpend su : sp.suppliers()) {
            AbcClass c = abc.get(su.supplierId());
            rows.add(row(su.name(), su.kvk(), su.postcode(), su.city(), su.size(), su.lines(), new Money(su.cents()),
                    c == null ? null : c.name()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.suppliers"), List.of(Column.of(Texts.get("doc.col.supplier"), 40),
                Column.of(Texts.get("xlsx.col.kvk"), 11), Column.of(Texts.get("xlsx.col.postcode"), 10),
                Column.of(Texts.get("doc.col.city"), 18), Column.of(Texts.get("xlsx.col.size"), 10),
                Column.of(Texts.get("xlsx.col.lines"), 10), Column.of(Texts.get("doc.col.amount"), 18),
                Column.of(Texts.get("xlsx.col.abc"), 8)), rows);
    }

    static Workbook.Sheet abc(ReportSources s) {
        SpendPicture sp = s.spend();
        List<List<Object>> rows = new ArrayList<>();
        for (Pareto.ClassTotals c : sp.pareto().classes()) {
            rows.add(row(c.abcClass().label(), c.suppliers(), new Money(c.cents()),
                    new Percentage(sp.totalCents() == 0 ? 0 : (double) c.cents() / sp.totalCents())));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.abc"), List.of(Column.of(Texts.get("doc.col.class"), 16),
                Column.of(Texts.get("doc.col.suppliers"), 12), Column.of(Texts.get("doc.col.amount"), 18),
                Column.of(Texts.get("doc.col.share"), 10)), rows);
    }

    static Workbook.Sheet signals(ReportSources s) {
        List<List<Object>> rows = new ArrayList<>();
        for (ThresholdSignal t : s.spend().signals()) {
            rows.add(row(t.supplierName(), t.groupName() == null ? Texts.get("groups.unclassified") : t.groupName(),
                    t.kind() == null ? null : t.kind().label(), t.year(), new Money(t.yearlyCents()),
                    new Money(t.estimatedCents()), new Money(t.thresholdCents()), t.yearsSignalled()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.signals"), List.of(Column.of(Texts.get("doc.col.supplier"), 36),
                Column.of(Texts.get("doc.col.group"), 28), Column.of(Texts.get("doc.col.kind"), 16),
                Column.of(Texts.get("doc.col.year"), 8), Column.of(Texts.get("doc.col.yearly"), 16),
                Column.of(Texts.get("doc.col.estimated"), 18), Column.of(Texts.get("doc.col.threshold"), 16),
                Column.of(Texts.get("xlsx.col.yearsSignalled"), 12)), rows);
    }

    static Workbook.Sheet calendar(ReportSources s) {
        Map<Long, ProductGroup> groups = s.spend().groups();
        List<List<Object>> rows = new ArrayList<>();
        for (TenderEvent e : s.priorities().calendar()) {
            Contract k = e.contract();
            ProductGroup g = k.groupId() == null ? null : groups.get(k.groupId());
            rows.add(row(e.quarter(), e.date(), k.title(), k.supplierName(), g == null ? null : g.name(), k.end(),
                    k.finalEnd(), new Money(k.valueCents()), k.mviApplied() ? Texts.get("doc.yes") : null,
                    e.kind().label()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.calendar"), List.of(Column.of(Texts.get("doc.col.quarter"), 10),
                Column.of(Texts.get("doc.col.date"), 12), Column.of(Texts.get("doc.col.contract"), 36),
                Column.of(Texts.get("doc.col.supplier"), 28), Column.of(Texts.get("doc.col.group"), 24),
                Column.of(Texts.get("xlsx.col.end"), 12), Column.of(Texts.get("xlsx.col.finalEnd"), 12),
                Column.of(Texts.get("doc.col.value"), 16), Column.of(Texts.get("xlsx.col.mvi"), 8),
                Column.of(Texts.get("doc.col.decision"), 44)), rows);
    }
}
