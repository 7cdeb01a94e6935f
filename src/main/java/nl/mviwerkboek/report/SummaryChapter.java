package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The summary: key figures, the focus themes, the main goals and the praatplaat. */
final class SummaryChapter {

    private static final int MAIN_GOALS = 6;

    private SummaryChapter() {
    }

    static void add(Blocks b, ReportSources s) {
        b.chapter(Texts.get("doc.summary"));
        b.p(Texts.get("doc.summary.intro", s.profile().organisationName(), s.period()));
        List<Block.Figure> figures = new ArrayList<>();
        if (s.spend().totalCents() != 0) {
            figures.add(new Block.Figure(Texts.money(s.spend().totalCents()), Texts.get("doc.figure.spend")));
            figures.add(Texts.figure(s.spend().suppliers().size(), "doc.figure.suppliers"));
        }
        figure(figures, s.focus().chosen().size(), "doc.figure.themes");
        figure(figures, s.focus().goals().size(), "doc.figure.goals");
        figure(figures, s.actions().actions().size(), "doc.figure.actions");
        if (!figures.isEmpty()) {
            b.add(new Block.KeyFigures(figures));
        }
        b.p(EmptyParts.line(s));
        List<String> focus = focusLines(s.focus());
        if (!focus.isEmpty()) {
            b.h2(Texts.get("doc.summary.focus"));
            b.bullets(focus);
        }
        if (s.focus().goals().isEmpty()) {
            praatplaat(b, s);
            return;
        }
        b.h2(Texts.get("doc.summary.goals"));
        List<Goal> goals = s.focus().goals().stream().filter(nl.mviwerkboek.focus.GoalQuality::measurable).toList();
        List<String> open = s.focus().goals().stream().filter(g -> !nl.mviwerkboek.focus.GoalQuality.measurable(g))
                .map(Goal::statement).toList();
        b.bullets(goals.stream().limit(MAIN_GOALS).map(g -> Texts.get("doc.summary.goal", g.statement(),
                Texts.value(g.targetValue(), g.unit()), g.targetYear() == null ? Texts.NONE
                        : String.valueOf(g.targetYear()))).toList());
        if (goals.size() > MAIN_GOALS) {
            b.note(Texts.get("doc.summary.moreGoals", goals.size() - MAIN_GOALS));
        }
        if (!open.isEmpty()) {
            b.p(Texts.get("doc.summary.openGoals", String.join("; ", open)));
        }
        praatplaat(b, s);
    }

    private static void figure(List<Block.Figure> figures, int count, String key) {
        if (count > 0) {
            figures.add(Texts.figure(count, key));
        }
    }

    private static void praatplaat(Blocks b, ReportSources s) {
        List<nl.mviwerkboek.spend.priority.GroupPriority> shown = PraatplaatPicture.shown(s.priorities());
        if (!shown.isEmpty()) {
            long unclassified = unclassifiedCents(s);
            String coverage = PraatplaatPicture.coverage(shown, unclassified);
            b.h2(Texts.get("doc.summary.praatplaat"));
            b.add(new Block.Picture(PraatplaatPicture.png(s.priorities(), unclassified), 16, 10,
                    Texts.get("praatplaat.fileName"), Texts.get("doc.summary.praatplaat.intro") + " " + coverage,
                    Texts.get("doc.summary.praatplaat.alt", String.join("; ", shown.stream().map(g -> Texts.get(
                            "doc.alt.priority", g.group().name(), Texts.money(g.spendCents()),
                            g.priority().label().toLowerCase(Messages.locale()))).toList())) + " " + coverage));
        }
    }

    /** The spend in no product group. */
    static long unclassifiedCents(ReportSources s) {
        return s.spend().byGroup().stream().filter(t -> t.key() == null).mapToLong(t -> t.cents()).sum();
    }

    /** "Klimaat: ambitie Significant; productgroepen Energie, Vervoer". */
    static List<String> focusLines(FocusPicture focus) {
        Map<Long, ProductGroup> groups = focus.groups().stream()
                .collect(Collectors.toMap(ProductGroup::id, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (FocusTheme t : focus.chosen()) {
            String names = t.groupIds().stream().map(groups::get).filter(java.util.Objects::nonNull)
                    .map(ProductGroup::name).collect(Collectors.joining(", "));
            lines.add(names.isEmpty() ? Texts.get("doc.focus.line", t.theme().name(), t.ambition().label())
                    : Texts.get("doc.focus.lineGroups", t.theme().name(), t.ambition().label(), names));
        }
        return lines;
    }
}
