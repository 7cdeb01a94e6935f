package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.anchoring.AnchoringStatus;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.exchange.docx.WordDocument;
import nl.mviwerkboek.monitoring.ChangedAction;
import nl.mviwerkboek.monitoring.Difference;
import nl.mviwerkboek.monitoring.GoalStatus;
import nl.mviwerkboek.monitoring.GoalTrend;
import nl.mviwerkboek.monitoring.MonitoringPicture;
import nl.mviwerkboek.monitoring.Review;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * The yearly progress report for management and council: the state of every goal, the actions finished,
 * started, added, postponed or late since the previous yearly version, the anchoring, changes in goals and
 * spend, the reviews held and what comes next.
 */
public final class ProgressReport {

    private ProgressReport() {
    }

    /** The report for {@code p}; parts with nothing to report are left out and named in the summary. */
    public static WordDocument build(ProgressSources p) {
        ReportSources s = p.plan();
        MonitoringPicture m = s.monitoring();
        List<ChangedAction> changed = ChangedAction.between(s.actions().changes(), s.actions().actions(),
                p.since() == null ? null : p.from(), s.today());
        Blocks b = new Blocks();
        b.add(new Block.Contents(Texts.get("doc.contents")));
        summary(b, p, changed);
        if (!m.goals().isEmpty()) {
            b.chapter(Texts.get("doc.progress.goals"));
            b.p(Texts.get("doc.progress.goals.text"));
            b.table(RunChapters.goalColumns(), m.goals().stream().map(RunChapters::goalRow).toList(),
                    Texts.get("doc.monitoring.goals.caption", Texts.date(s.today())), "");
        }
        LearningParts.addEffects(b, s, m.effects().stream().filter(e -> e.kind()
                == nl.mviwerkboek.actions.tender.EffectKind.GEREALISEERD).toList(), Texts.get("doc.progress.effects"));
        differences(b, p, Difference.Part.GOAL, Texts.get("doc.progress.goalChanges"));
        if (!s.actions().actions().isEmpty()) {
            actionChapter(b, s, changed);
        }
        if (!EmptyParts.empty(s, ReportSection.VERANKERING)) {
            RunChapters.addAnchoring(b, s);
        }
        b.chapter(Texts.get("doc.progress.spend"));
        b.p(Texts.get(p.since() == null ? "doc.progress.spend.now" : "doc.progress.spend.text",
                Texts.money(s.spend().totalCents())));
        b.p(nl.mviwerkboek.spend.analysis.CoverageNotes.partial(s.spend()));
        differences(b, p, Difference.Part.SPEND, null);
        List<nl.mviwerkboek.monitoring.Success> successes = s.successes().stream()
                .filter(x -> !x.date().isBefore(p.from())).toList();
        if (!successes.isEmpty()) {
            b.chapter(Texts.get("doc.progress.successes"));
            RunChapters.successes(b, successes, "");
        }
        reviews(b, p);
        return new WordDocument(PlanDocument.cover(s, Texts.get("doc.progress.title", String.valueOf(s.today().getYear())),
                Texts.get("doc.progress.kind")), Texts.get("doc.progress.header", s.profile().organisationName()),
                s.settings().concept(), Texts.get("doc.conceptMark"), b.list());
    }

    private static void actionChapter(Blocks b, ReportSources s, List<ChangedAction> changed) {
        b.chapter(Texts.get("doc.progress.actions"));
        actions(b, s, changed, c -> c.after() == ActionStatus.GEREED && c.before() != ActionStatus.GEREED,
                "doc.progress.actions.done");
        actions(b, s, changed, c -> c.after() == ActionStatus.BEZIG && c.before() != ActionStatus.BEZIG,
                "doc.progress.actions.started");
        actions(b, s, changed, c -> c.before() == null, "doc.progress.actions.added");
        actions(b, s, changed, c -> (c.after() == ActionStatus.UITGESTELD || c.after() == ActionStatus.GESCHRAPT)
                && c.before() != c.after(), "doc.progress.actions.stopped");
        section(b, "doc.progress.actions.late", s.actions().actions().stream().filter(a -> a.isOverdue(s.today()))
                .map(a -> ActionsChapter.row(s.actions(), a, false)).toList());
        section(b, "doc.progress.actions.next", s.actions().actions().stream()
                .filter(a -> a.status().isOpen() && a.isDueBetween(s.today(), s.today().plusYears(1)))
                .map(a -> ActionsChapter.row(s.actions(), a, false)).toList());
    }

    private static void summary(Blocks b, ProgressSources p, List<ChangedAction> changed) {
        ReportSources s = p.plan();
        b.chapter(Texts.get("doc.summary"));
        b.p(p.since() == null ? Texts.get("doc.progress.since.start", Texts.date(p.from()), Texts.date(s.today()))
                : Texts.get("doc.progress.since.version", p.since().label(), Texts.date(p.from()), Texts.date(s.today())));
        List<GoalStatus> goals = s.monitoring().goals();
        long onTrack = goals.stream().filter(g -> g.trend() == GoalTrend.ON_TRACK || g.trend() == GoalTrend.REACHED).count();
        long behind = goals.stream().filter(g -> g.trend() == GoalTrend.BEHIND).count();
        long done = changed.stream().filter(c -> c.after() == ActionStatus.GEREED && c.before() != ActionStatus.GEREED)
                .count();
        long late = s.actions().actions().stream().filter(a -> a.isOverdue(s.today())).count();
        long anchored = s.anchoring().items().stream().filter(i -> i.status() == AnchoringStatus.GEREGELD).count();
        List<String> empty = new ArrayList<>();
        if (goals.isEmpty()) {
            empty.add(Texts.get("report.section.doelen").toLowerCase(Messages.locale()));
        }
        if (s.actions().actions().isEmpty()) {
            empty.add(Texts.get("report.section.acties").toLowerCase(Messages.locale()));
        }
        if (EmptyParts.empty(s, ReportSection.VERANKERING)) {
            empty.add(Texts.get("report.section.verankering").toLowerCase(Messages.locale()));
        }
        if (!empty.isEmpty()) {
            b.p(Texts.get("doc.progress.empty", String.join(", ", empty)));
        }
        if (empty.size() == 3) {
            return;
        }
        b.add(new Block.KeyFigures(List.of(
                Texts.shareFigure(onTrack, goals.size(), "doc.progress.figure.onTrack"),
                Texts.figure(behind, "doc.progress.figure.behind"),
                Texts.figure(done, "doc.progress.figure.done"),
                Texts.figure(late, "doc.progress.figure.late"),
                Texts.shareFigure(anchored, s.anchoring().items().size(), "doc.progress.figure.anchoring"))));
        List<String> behindGoals = goals.stream().filter(g -> g.trend() == GoalTrend.BEHIND)
                .map(g -> g.goal().statement()).toList();
        if (!behindGoals.isEmpty()) {
            b.p(Texts.get("doc.progress.behind"));
            b.bullets(behindGoals);
        }
    }

    private static void actions(Blocks b, ReportSources s, List<ChangedAction> changed, Predicate<ChangedAction> which,
                                String titleKey) {
        section(b, titleKey, changed.stream().filter(which).map(c -> ActionsChapter.row(s.actions(), c.action(), false))
                .toList());
    }

    /** A section of actions, left out when there are none (no "Geen." sections). */
    private static void section(Blocks b, String titleKey, List<List<String>> rows) {
        if (!rows.isEmpty()) {
            b.h2(Texts.get(titleKey));
            b.table(ActionsChapter.columns(), rows, "", "");
        }
    }

    private static void differences(Blocks b, ProgressSources p, Difference.Part part, String title) {
        if (p.since() == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Difference d : p.differences()) {
            if (d.part() == part) {
                rows.add(List.of(d.subject(), Texts.text(d.before()), Texts.text(d.after())));
            }
        }
        if (title != null) {
            b.h2(title);
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.subject"), 6),
                        Block.Column.text(Texts.get("doc.col.before", p.since().label()), 3),
                        Block.Column.text(Texts.get("doc.col.after"), 3)),
                rows, "", Texts.get("doc.progress.noChanges"));
    }

    private static void reviews(Blocks b, ProgressSources p) {
        ReportSources s = p.plan();
        b.chapter(Texts.get("doc.progress.reviews"));
        List<Review> held = s.monitoring().reviews().stream().filter(r -> !r.heldOn().isBefore(p.from())).toList();
        b.table(List.of(Block.Column.text(Texts.get("doc.col.date"), 2), Block.Column.text(Texts.get("doc.col.kind"), 3),
                        Block.Column.text(Texts.get("doc.col.decisions"), 8)),
                held.stream().map(r -> List.of(Texts.date(r.heldOn()), r.kind().label(), Texts.text(r.decisions())))
                        .toList(), "", Texts.get("doc.progress.reviews.none"));
        if (s.monitoring().nextReview() != null) {
            b.labelled(Texts.get("doc.monitoring.next"), Texts.date(s.monitoring().nextReview()));
        }
        b.p(s.actions().actions().isEmpty() ? Texts.get("doc.progress.closing.start") : Texts.get("doc.progress.closing"));
    }
}
