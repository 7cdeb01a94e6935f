package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.analysis.EuThreshold;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The appendices: the full action list, the product groups with their spend, and method and sources. */
final class Appendices {

    private Appendices() {
    }

    static void addActions(Blocks b, ReportSources s) {
        ActionsPicture ap = s.actions();
        b.add(new Block.Orientation(true));
        b.appendix(Texts.get("doc.appendix.actions"));
        List<List<String>> rows = new ArrayList<>();
        for (Action a : ap.actions()) {
            rows.add(List.of(Texts.name(a.title()), Texts.text(ap.focus().themeName(a.themeId())), a.kind().label(),
                    Texts.text(ap.focus().ownerName(a.ownerId())), Texts.date(a.start()), Texts.date(a.due()),
                    a.status().label()));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.action"), 6), Block.Column.text(Texts.get("doc.col.theme"), 3),
                        Block.Column.text(Texts.get("doc.col.kind"), 3), Block.Column.text(Texts.get("doc.col.owner"), 3),
                        Block.Column.text(Texts.get("doc.col.start"), 2), Block.Column.text(Texts.get("doc.col.due"), 2),
                        Block.Column.text(Texts.get("doc.col.status"), 2)),
                rows, Texts.get("doc.appendix.actions.caption", rows.size()), Texts.get("doc.actions.none"));
        b.add(new Block.Orientation(false));
    }

    static void addGroups(Blocks b, ReportSources s) {
        b.appendix(Texts.get("doc.appendix.groups"));
        b.p(Texts.get("doc.appendix.groups.text"));
        groupTable(b, s, s.spend().byGroup());
    }

    /**
     * The product groups with spend ({@code totals}, "Niet ingedeeld" among them), with the plan's focus themes
     * each belongs to, and a total row; groups without spend are counted in the caption, not listed.
     */
    static void groupTable(Blocks b, ReportSources s, List<Totals> totals) {
        SpendPicture sp = s.spend();
        Map<Long, String> themes = focusThemes(s);
        List<List<String>> rows = new ArrayList<>();
        long shown = 0;
        for (Totals t : totals.stream().filter(t -> t.cents() != 0).toList()) {
            ProductGroup g = t.key() == null ? null : sp.groups().get((Long) t.key());
            rows.add(List.of(Texts.name(SpendChapter.groupName(t)), g == null || g.kind() == null ? "" : g.kind().label(),
                    Formats.amountRounded(t.cents()), Formats.percent(t.shareOf(sp.totalCents())),
                    Formats.number(t.suppliers()), g == null ? "" : themes.getOrDefault(g.id(), "")));
            shown += t.cents();
        }
        if (rows.isEmpty()) {
            return;
        }
        rows.add(List.of(Texts.get("doc.total"), "", Formats.amountRounded(shown),
                Formats.percent(sp.totalCents() == 0 ? 0 : shown / (double) sp.totalCents()), "", ""));
        long active = sp.groups().values().stream().filter(g -> !g.archived() && g.mergedInto() == null).count();
        long withSpend = totals.stream().filter(t -> t.key() != null && t.cents() != 0).count();
        b.table(List.of(Block.Column.text(Texts.get("doc.col.group"), 5), Block.Column.text(Texts.get("doc.col.kind"), 3),
                        Block.Column.number(Texts.get("doc.col.amount"), 3), Block.Column.number(Texts.get("doc.col.share"), 2),
                        Block.Column.number(Texts.get("doc.col.suppliers"), 2), Block.Column.text(Texts.get("doc.col.focusTheme"), 3)),
                rows, totals.size() < sp.byGroup().size() ? Texts.get("doc.spend.groups.caption", totals.size())
                        : Texts.get("doc.appendix.groups.caption", withSpend, Math.max(0, active - withSpend)), "");
    }

    /** For each product group in a chosen focus theme, the names of those themes ("Social return, Klimaat"). */
    static Map<Long, String> focusThemes(ReportSources s) {
        Map<Long, List<String>> names = new java.util.HashMap<>();
        for (nl.mviwerkboek.focus.FocusTheme t : s.focus().chosen()) {
            for (Long id : t.groupIds()) {
                names.computeIfAbsent(id, k -> new ArrayList<>()).add(t.theme().name());
            }
        }
        Map<Long, String> joined = new java.util.HashMap<>();
        names.forEach((id, list) -> joined.put(id, String.join(", ", list)));
        return joined;
    }

    static void addMethod(Blocks b, ReportSources s) {
        SpendPicture sp = s.spend();
        b.appendix(Texts.get("doc.appendix.method"));
        b.h2(Texts.get("doc.method.data"));
        b.p(Texts.get("doc.method.data.text", sp.share().totalLines(),
                Formats.percent(sp.share().byAmount())));
        b.h2(Texts.get("doc.method.analysis"));
        b.bullets(List.of(Texts.get("doc.method.abc"), Texts.get("doc.method.priority"),
                Texts.get("doc.method.threshold"), Texts.get("doc.method.goals")));
        if (!sp.thresholds().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (EuThreshold t : sp.thresholds()) {
                rows.add(List.of(String.valueOf(t.year()), Formats.amountRounded(t.suppliesServicesCents()),
                        Formats.amountRounded(t.worksCents()), Formats.amountRounded(t.socialCents())));
            }
            b.table(List.of(Block.Column.number(Texts.get("doc.col.year"), 1),
                            Block.Column.number(Texts.get("doc.col.suppliesServices"), 3),
                            Block.Column.number(Texts.get("doc.col.works"), 3), Block.Column.number(Texts.get("doc.col.social"), 3)),
                    rows, Texts.get("doc.method.thresholds.caption"), "");
        }
        b.h2(Texts.get("doc.method.sources"));
        b.bullets(List.of(Texts.get("doc.method.source.manifest"), Texts.get("doc.method.source.pianoo"),
                Texts.get("doc.method.source.criteria"), Texts.get("doc.method.source.tool")));
    }
}
