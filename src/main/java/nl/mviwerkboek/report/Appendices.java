package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        SpendPicture sp = s.spend();
        b.appendix(Texts.get("doc.appendix.groups"));
        b.p(Texts.get("doc.appendix.groups.text"));
        Map<Object, Totals> spend = sp.byGroup().stream().filter(t -> t.key() != null)
                .collect(Collectors.toMap(Totals::key, Function.identity()));
        List<ProductGroup> groups = new ArrayList<>(sp.groups().values().stream()
                .filter(g -> !g.archived() && g.mergedInto() == null).toList());
        groups.sort(java.util.Comparator.comparingLong((ProductGroup g) -> spend.containsKey(g.id())
                ? -spend.get(g.id()).cents() : 0).thenComparing(ProductGroup::name));
        List<List<String>> rows = new ArrayList<>();
        for (ProductGroup g : groups) {
            Totals t = spend.get(g.id());
            rows.add(List.of(g.name(), g.kind() == null ? Texts.NONE : g.kind().label(),
                    t == null ? Texts.NONE : Formats.amountRounded(t.cents()),
                    t == null ? Texts.NONE : Formats.number(t.suppliers()),
                    g.focus() ? Texts.get("doc.yes") : ""));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.group"), 5), Block.Column.text(Texts.get("doc.col.kind"), 3),
                        Block.Column.number(Texts.get("doc.col.amount"), 3), Block.Column.number(Texts.get("doc.col.suppliers"), 2),
                        Block.Column.text(Texts.get("doc.col.focus"), 1)),
                rows, Texts.get("doc.appendix.groups.caption"), "");
    }

    static void addMethod(Blocks b, ReportSources s) {
        SpendPicture sp = s.spend();
        b.appendix(Texts.get("doc.appendix.method"));
        b.h2(Texts.get("doc.method.data"));
        b.p(Texts.get("doc.method.data.text", Formats.number(sp.share().totalLines()),
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
