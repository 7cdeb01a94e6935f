package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.analysis.CoverageNotes;
import nl.mviwerkboek.spend.analysis.Pareto;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.SupplierSpend;
import nl.mviwerkboek.spend.analysis.ThresholdSignal;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.analysis.YearCoverage;
import nl.mviwerkboek.spend.contracts.TenderEvent;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.priority.GroupPriority;

/** The chapter "Spendanalyse": totals, charts, suppliers and ABC, priorities, threshold signals, tender calendar. */
final class SpendChapter {

    /** Excel format code for whole euros in charts. */
    static final String EUROS = "\"€ \"#,##0";
    /** Euros shown in millions (each trailing comma divides by 1000): 31763405 as "€ 31,8 mln". */
    static final String MILLIONS = "\"€ \"#,##0.0,,\" mln\"";
    static final String MILLIONS_AXIS = "\"€ \"#,##0,,\" mln\"";

    private SpendChapter() {
    }

    static void add(Blocks b, ReportSources s) {
        SpendPicture sp = s.spend();
        int limit = s.settings().detail().rowLimit();
        b.chapter(Texts.get("doc.spend"));
        if (sp.totalCents() == 0) {
            b.note(Texts.get("doc.spend.none"));
            return;
        }
        b.p(Texts.get("doc.spend.intro", Texts.money(sp.totalCents()), sp.suppliers().size(),
                span(sp), Formats.percent(sp.share().byAmount())));
        b.p(CoverageNotes.partial(sp));
        b.h2(Texts.get("doc.spend.groups"));
        List<Totals> groups = sp.byGroup().stream().limit(limit).toList();
        boolean millions = groups.stream().anyMatch(t -> Math.abs(t.cents()) >= 100_000_000L);
        b.add(new Block.Chart(Block.ChartKind.BAR, Texts.get("doc.spend.chart.groups", groups.size()),
                Texts.get("doc.spend.series"), groups.stream().map(t -> Texts.name(groupName(t))).toList(),
                groups.stream().map(t -> t.cents() / 100.0).toList(), millions ? MILLIONS : EUROS,
                millions ? MILLIONS_AXIS : EUROS, Texts.get("doc.spend.chart.groups.caption"),
                Texts.get("doc.spend.chart.groups.alt", String.join("; ", groups.stream().map(t -> Texts.get(
                        "doc.alt.amount", groupName(t), Texts.money(t.cents()))).toList()))));
        b.add(kindChart(sp));
        if (EmptyParts.shown(s, ReportSection.BIJLAGE_PRODUCTGROEPEN)) {
            b.p(Texts.get("doc.spend.groups.inAppendix",
                    EmptyParts.shown(s, ReportSection.BIJLAGE_ACTIES) ? "B" : "A"));
        } else {
            Appendices.groupTable(b, s, groups);
        }
        suppliers(b, sp, limit);
        priorities(b, s, limit);
        signals(b, s);
        calendar(b, s, limit);
    }

    /** "geboekt van 01-04-2024 tot en met 25-04-2024", or the years when no line has a date. */
    static String span(SpendPicture sp) {
        List<YearCoverage> dated = sp.coverage().stream().filter(y -> y.first() != null).toList();
        if (!dated.isEmpty()) {
            return Texts.get("doc.spend.span", Texts.date(dated.get(0).first()), Texts.date(dated.get(dated.size() - 1).last()));
        }
        List<Totals> years = sp.byYear();
        return years.isEmpty() ? Texts.NONE : Texts.get("doc.spend.years",
                Formats.yearRange(years.get(0).label(), years.get(years.size() - 1).label()));
    }

    /** The group's full name, or "Niet ingedeeld". */
    static String groupName(Totals t) {
        return t.label() == null ? Texts.get("groups.unclassified") : t.label();
    }

    private static Block.Chart kindChart(SpendPicture sp) {
        Map<ProcurementKind, Long> byKind = new EnumMap<>(ProcurementKind.class);
        long unclassified = 0;
        for (Totals t : sp.byGroup()) {
            ProductGroup g = t.key() == null ? null : sp.groups().get((Long) t.key());
            if (g == null || g.kind() == null) {
                unclassified += Math.max(0, t.cents());
            } else {
                byKind.merge(g.kind(), Math.max(0, t.cents()), Long::sum);
            }
        }
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> described = new ArrayList<>();
        long total = byKind.values().stream().mapToLong(Long::longValue).sum() + unclassified;
        byKind.forEach((k, cents) -> {
            names.add(k.label());
            values.add(cents / 100.0);
            described.add(Texts.get("doc.alt.share", k.label(), Formats.percent(cents / (double) total),
                    Texts.money(cents)));
        });
        if (unclassified > 0) {
            names.add(Texts.get("groups.unclassified"));
            values.add(unclassified / 100.0);
            described.add(Texts.get("doc.alt.share", Texts.get("groups.unclassified"),
                    Formats.percent(unclassified / (double) total), Texts.money(unclassified)));
        }
        return new Block.Chart(Block.ChartKind.PIE, Texts.get("doc.spend.chart.kinds"), Texts.get("doc.spend.series"),
                names, values, EUROS, EUROS, Texts.get("doc.spend.chart.kinds.caption"),
                Texts.get("doc.spend.chart.kinds.alt", String.join("; ", described)));
    }

    private static void suppliers(Blocks b, SpendPicture sp, int limit) {
        b.h2(Texts.get("doc.spend.suppliers"));
        Pareto.Result pareto = sp.pareto();
        b.p(Texts.get("doc.spend.pareto", Formats.percent(pareto.supplierShareFor80())));
        if (sp.local().localDefined()) {
            b.p(Texts.get("doc.spend.local", Formats.percent(sp.local().local())));
        }
        if (sp.local().knownSizeCents() > 0) {
            b.p(Texts.get("doc.spend.mkb", Formats.percent(sp.local().mkb()), Formats.percent(sp.local().sizeKnown())));
        }
        List<List<String>> abc = pareto.classes().stream().map(c -> List.of(c.abcClass().label(),
                Formats.number(c.suppliers()), Formats.amountRounded(c.cents()))).toList();
        b.table(List.of(Block.Column.text(Texts.get("doc.col.class"), 3), Block.Column.number(Texts.get("doc.col.suppliers"), 2),
                Block.Column.number(Texts.get("doc.col.amount"), 3)), abc, Texts.get("doc.spend.abc.caption"), "");
        List<List<String>> top = new ArrayList<>();
        for (SupplierSpend su : sp.suppliers().stream().limit(limit).toList()) {
            top.add(List.of(Texts.name(su.name()), Texts.name(su.city()), Formats.amountRounded(su.cents()),
                    Formats.percent((double) su.cents() / sp.totalCents())));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.supplier"), 5), Block.Column.text(Texts.get("doc.col.city"), 3),
                        Block.Column.number(Texts.get("doc.col.amount"), 3), Block.Column.number(Texts.get("doc.col.share"), 2)),
                top, Texts.get("doc.spend.top.caption", top.size()), "");
    }

    private static void priorities(Blocks b, ReportSources s, int limit) {
        b.h2(Texts.get("doc.spend.priorities"));
        b.p(Texts.get("doc.spend.priorities.text"));
        List<List<String>> rows = new ArrayList<>();
        for (GroupPriority g : s.priorities().groups().stream().limit(limit).toList()) {
            rows.add(List.of(String.valueOf(g.rank()), Texts.name(g.group().name()), Formats.amountRounded(g.spendCents()),
                    Formats.decimal(g.impact()), g.priority().label()));
        }
        b.table(List.of(Block.Column.number("#", 1), Block.Column.text(Texts.get("doc.col.group"), 5),
                        Block.Column.number(Texts.get("doc.col.amount"), 3), Block.Column.number(Texts.get("doc.col.impact"), 2),
                        Block.Column.text(Texts.get("doc.col.priority"), 2)),
                rows, Texts.get("doc.spend.priorities.caption"), Texts.get("doc.spend.priorities.none"));
    }

    /**
     * The threshold signals per product group, without naming suppliers (that is for the internal appendix the
     * officer may choose), with what the data covers and for which years the threshold is unknown.
     */
    private static void signals(Blocks b, ReportSources s) {
        SpendPicture sp = s.spend();
        b.h2(Texts.get("doc.spend.signals"));
        List<ThresholdSignal> signals = sp.signals();
        b.p(Texts.get("doc.spend.signals.text", signals.size()));
        Map<String, long[]> byGroup = new java.util.LinkedHashMap<>();
        for (ThresholdSignal t : signals) {
            long[] x = byGroup.computeIfAbsent(t.groupName() == null ? Texts.get("groups.unclassified") : t.groupName(),
                    k -> new long[2]);
            x[0]++;
            x[1] += t.estimatedCents();
        }
        List<List<String>> rows = new ArrayList<>();
        byGroup.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).forEach(e -> rows.add(
                List.of(Texts.name(e.getKey()), Formats.number(e.getValue()[0]), Formats.amountRounded(e.getValue()[1]))));
        b.table(List.of(Block.Column.text(Texts.get("doc.col.group"), 4), Block.Column.number(Texts.get("doc.col.signals"), 2),
                Block.Column.number(Texts.get("doc.col.estimated"), 3)), rows, Texts.get("doc.spend.signals.caption"), "");
        b.p(CoverageNotes.unknownThresholds(sp));
        if (!signals.isEmpty()) {
            b.p(EmptyParts.shown(s, ReportSection.BIJLAGE_SIGNALEN) ? Texts.get("doc.spend.signals.inAppendix")
                    : Texts.get("doc.spend.signals.internal"));
        }
    }

    /** The internal appendix: the signals per supplier, for the officer to check. */
    static void addSignalsAppendix(Blocks b, ReportSources s) {
        SpendPicture sp = s.spend();
        b.add(new Block.Orientation(true));
        b.appendix(Texts.get("doc.appendix.signals"));
        b.p(Texts.get("doc.appendix.signals.text"));
        List<List<String>> rows = new ArrayList<>();
        for (ThresholdSignal t : sp.signals()) {
            rows.add(List.of(Texts.name(t.supplierName()), t.groupName() == null ? Texts.get("groups.unclassified")
                    : Texts.name(t.groupName()), t.monthsCovered() > 0 ? Texts.get("doc.spend.partYear", t.year(),
                    CoverageNotes.span(sp.coverageOf(t.year()))) : String.valueOf(t.year()),
                    Formats.amountRounded(t.yearlyCents()), Formats.amountRounded(t.estimatedCents()),
                    Formats.amountRounded(t.thresholdCents())));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.supplier"), 4), Block.Column.text(Texts.get("doc.col.group"), 3),
                        Block.Column.text(Texts.get("doc.col.year"), 1), Block.Column.number(Texts.get("doc.col.yearly"), 3),
                        Block.Column.number(Texts.get("doc.col.estimated"), 3), Block.Column.number(Texts.get("doc.col.threshold"), 3)),
                rows, Texts.get("doc.appendix.signals.caption"), Texts.get("doc.appendix.signals.none"));
        b.add(new Block.Orientation(false));
    }

    private static void calendar(Blocks b, ReportSources s, int limit) {
        List<TenderEvent> events = s.priorities().calendar();
        if (events.isEmpty()) {
            return;
        }
        b.h2(Texts.get("doc.spend.calendar"));
        b.p(Texts.get("doc.spend.calendar.text", events.size(), s.period()));
        List<List<String>> rows = new ArrayList<>();
        for (TenderEvent e : events.stream().limit(limit * 2L).toList()) {
            rows.add(List.of(e.quarter(), Texts.name(e.contract().title()), Texts.name(e.contract().supplierName()),
                    Formats.amountRounded(e.contract().valueCents()), e.kind().label()));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.quarter"), 2), Block.Column.text(Texts.get("doc.col.contract"), 4),
                        Block.Column.text(Texts.get("doc.col.supplier"), 3), Block.Column.number(Texts.get("doc.col.value"), 3),
                        Block.Column.text(Texts.get("doc.col.decision"), 4)),
                rows, Texts.get("doc.spend.calendar.caption"), "");
    }
}
