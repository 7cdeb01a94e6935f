package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.inventory.InventoryItem;
import nl.mviwerkboek.inventory.MaturityScore;
import nl.mviwerkboek.inventory.Situation;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.SupportPicture;
import nl.mviwerkboek.plan.SwotItem;
import nl.mviwerkboek.plan.SwotQuadrant;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.analysis.Totals;

/** The chapters "Aanleiding en aanpak" (with stakeholders and roles) and "Huidige situatie". */
final class ApproachChapter {

    private ApproachChapter() {
    }

    static void add(Blocks b, ReportSources s) {
        PlanProfile p = s.profile();
        b.chapter(Texts.get("doc.approach"));
        if (s.settings().introduction().isBlank()) {
            b.p(Texts.get("doc.approach.intro", p.organisationName()));
        } else {
            s.settings().introduction().lines().forEach(b::p);
        }
        List<Totals> years = s.spend().byYear();
        if (!years.isEmpty()) {
            Totals last = years.get(years.size() - 1);
            nl.mviwerkboek.spend.analysis.YearCoverage y = s.spend().coverageOf((Integer) last.key());
            b.p(y != null && y.partial() ? Texts.get("doc.approach.spend.partial",
                    nl.mviwerkboek.spend.analysis.CoverageNotes.span(y), last.label(), Texts.money(last.cents()))
                    : Texts.get("doc.approach.spend", last.label(), Texts.money(last.cents())));
        }
        if (p.manifestSignedOn() != null) {
            b.p(Texts.get("doc.approach.manifest", Texts.date(p.manifestSignedOn())));
        }
        b.labelled(Texts.get("doc.approach.commissioner"), p.commissioner());
        if (p.budgetCents() != null) {
            b.labelled(Texts.get("doc.approach.budget"), Formats.amount(p.budgetCents()));
        }
        if (p.capacityHoursPerWeek() != null) {
            b.labelled(Texts.get("doc.approach.capacity"), Texts.get("doc.approach.hours",
                    p.capacityHoursPerWeek()));
        }
        b.h2(Texts.get("doc.approach.method"));
        b.p(Texts.get("doc.approach.method.text"));
        if (!s.stakeholders().isEmpty()) {
            b.h2(Texts.get("doc.approach.stakeholders"));
            b.p(Texts.get("doc.approach.stakeholders.text"));
        }
        boolean full = s.settings().detail().full();
        List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.text(Texts.get("doc.col.name"), 3),
                Block.Column.text(Texts.get("doc.col.role"), 3), Block.Column.text(Texts.get("doc.col.department"), 3),
                Block.Column.text(Texts.get("doc.col.involvement"), 2)));
        if (full) {
            columns.add(Block.Column.text(Texts.get("doc.col.note"), 4));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Stakeholder st : s.stakeholders()) {
            List<String> row = new ArrayList<>(List.of(st.name(), st.role().label(), Texts.text(st.department()),
                    st.involvement().label()));
            if (full) {
                row.add(st.note());
            }
            rows.add(row);
        }
        b.table(columns, rows, Texts.get("doc.approach.stakeholders.caption"), "");
        support(b, s.support());
    }

    /** The SWOT per quadrant and the objections with their answers, when there are any. */
    private static void support(Blocks b, SupportPicture support) {
        if (!support.swot().isEmpty()) {
            b.h2(Texts.get("doc.support.swot"));
            b.p(Texts.get("doc.support.swot.text"));
            for (SwotQuadrant q : SwotQuadrant.values()) {
                if (!support.in(q).isEmpty()) {
                    b.h3(q.label());
                    b.bullets(support.in(q).stream().map(SwotItem::text).toList());
                }
            }
        }
        List<List<String>> answered = support.objections().stream().filter(o -> o.answer() != null
                && !o.answer().isBlank()).map(o -> List.of(o.reason(), o.answer().strip())).toList();
        if (!answered.isEmpty()) {
            b.h2(Texts.get("support.objections"));
            b.p(Texts.get("doc.support.objections.text"));
            b.table(List.of(Block.Column.text(Texts.get("support.col.reason"), 2),
                    Block.Column.text(Texts.get("support.col.answer"), 3)), answered, "", "");
        }
    }

    static void addSituation(Blocks b, ReportSources s) {
        Situation sit = s.situation();
        Map<Long, String> themes = sit.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        b.chapter(Texts.get("doc.situation"));
        b.p(Texts.get("doc.situation.intro"));
        boolean full = s.settings().detail().full();
        List<List<String>> rows = new ArrayList<>();
        for (InventoryItem i : sit.items()) {
            String themeNames = i.themeIds().stream().map(themes::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.joining(", "));
            String title = full && i.description() != null && !i.description().isBlank()
                    ? Texts.name(i.title()) + "\n" + i.description().strip() : Texts.name(i.title());
            rows.add(List.of(i.kind().label(), title, Texts.text(themeNames), Texts.date(i.date())));
        }
        if (!rows.isEmpty()) {
            b.h2(Texts.get("doc.situation.inventory"));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.kind"), 2), Block.Column.text(Texts.get("doc.col.what"), 6),
                        Block.Column.text(Texts.get("doc.col.themes"), 3), Block.Column.text(Texts.get("doc.col.date"), 2)),
                rows, Texts.get("doc.situation.inventory.caption"), "");
        List<List<String>> steps = new ArrayList<>();
        for (MaturityScore m : sit.maturity().stream().filter(m -> m.current() != null || m.target() != null).toList()) {
            steps.add(List.of(m.theme().name(), m.current() == null ? Texts.NONE : m.current().label(),
                    m.target() == null ? Texts.NONE : m.target().label(), full ? Texts.text(m.note()) : ""));
        }
        if (steps.isEmpty()) {
            return;
        }
        b.h2(Texts.get("doc.situation.maturity"));
        b.p(Texts.get("doc.situation.maturity.text"));
        b.table(List.of(Block.Column.text(Texts.get("doc.col.theme"), 3), Block.Column.text(Texts.get("doc.col.now"), 2),
                        Block.Column.text(Texts.get("doc.col.aim"), 2), Block.Column.text(Texts.get("doc.col.note"), 5)),
                steps, Texts.get("doc.situation.maturity.caption"), "");
    }
}
