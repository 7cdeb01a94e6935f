package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.anchoring.AnchoringItem;
import nl.mviwerkboek.anchoring.AnchoringStatus;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.monitoring.GoalStatus;
import nl.mviwerkboek.monitoring.MonitoringPicture;
import nl.mviwerkboek.monitoring.Review;
import nl.mviwerkboek.monitoring.Success;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.Stakeholder;

/** The chapters about running the plan: "Verankering", "Monitoring en rapportage" and "Communicatie". */
final class RunChapters {

    private RunChapters() {
    }

    static void addAnchoring(Blocks b, ReportSources s) {
        List<AnchoringItem> items = s.anchoring().items();
        long done = items.stream().filter(i -> i.status() == AnchoringStatus.GEREGELD).count();
        long relevant = items.stream().filter(i -> i.status() != AnchoringStatus.NVT).count();
        b.chapter(Texts.get("doc.anchoring"));
        b.p(Texts.get("doc.anchoring.intro", done, relevant));
        List<List<String>> rows = new ArrayList<>();
        boolean full = s.settings().detail().full();
        for (AnchoringItem i : items) {
            rows.add(List.of(i.displayTitle(), i.status().label(), Texts.text(s.focus().ownerName(i.ownerId())),
                    full ? Texts.text(i.evidence()) : "", Texts.date(i.doneOn())));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.measure"), 5), Block.Column.text(Texts.get("doc.col.status"), 2),
                        Block.Column.text(Texts.get("doc.col.owner"), 3), Block.Column.text(Texts.get("doc.col.evidence"), 4),
                        Block.Column.text(Texts.get("doc.col.date"), 2)),
                rows, Texts.get("doc.anchoring.caption"), "");
    }

    static void addMonitoring(Blocks b, ReportSources s) {
        MonitoringPicture m = s.monitoring();
        b.chapter(Texts.get("doc.monitoring"));
        b.p(Texts.get("doc.monitoring.intro"));
        b.bullets(List.of(Texts.get("doc.monitoring.cycle.month"), Texts.get("doc.monitoring.cycle.quarter"),
                Texts.get("doc.monitoring.cycle.year")));
        if (m.nextReview() != null) {
            b.labelled(Texts.get("doc.monitoring.next"), Texts.date(m.nextReview()));
        }
        if (!m.goals().isEmpty()) {
            b.h2(Texts.get("doc.monitoring.goals"));
            b.table(goalColumns(), m.goals().stream().map(RunChapters::goalRow).toList(),
                    Texts.get("doc.monitoring.goals.caption", Texts.date(s.today())), "");
        }
        boolean full = s.settings().detail().full();
        LearningParts.addEffects(b, s, m.effects(), Texts.get("doc.effects"));
        if (!m.reviews().isEmpty()) {
            b.h2(Texts.get("doc.monitoring.reviews"));
            List<List<String>> rows = new ArrayList<>();
            for (Review r : m.reviews()) {
                rows.add(List.of(Texts.date(r.heldOn()), r.kind().label(), full ? Texts.text(r.decisions()) : ""));
            }
            b.table(List.of(Block.Column.text(Texts.get("doc.col.date"), 2), Block.Column.text(Texts.get("doc.col.kind"), 3),
                    Block.Column.text(Texts.get("doc.col.decisions"), 8)), rows, "", "");
        }
        if (!m.versions().isEmpty()) {
            b.h2(Texts.get("doc.monitoring.versions"));
            b.bullets(m.versions().stream().map(v -> Texts.get("doc.monitoring.version", v.label(),
                    Texts.date(v.takenOn()))).toList());
        }
    }

    static List<Block.Column> goalColumns() {
        return List.of(Block.Column.text(Texts.get("doc.col.goal"), 10), Block.Column.text(Texts.get("doc.col.baseline"), 5),
                Block.Column.text(Texts.get("doc.col.target"), 6), Block.Column.text(Texts.get("doc.col.latest"), 5),
                Block.Column.text(Texts.get("doc.col.progress"), 5));
    }

    static List<String> goalRow(GoalStatus g) {
        return List.of(g.goal().statement(), Texts.baseline(g.goal()), Texts.target(g.goal()),
                Texts.value(g.latest(), g.goal().unit()), g.trend().label());
    }

    static void addCommunication(Blocks b, ReportSources s) {
        b.chapter(Texts.get("doc.communication"));
        b.p(Texts.get("doc.communication.intro"));
        List<String> audiences = new ArrayList<>();
        for (Involvement inv : Involvement.values()) {
            List<String> names = s.stakeholders().stream().filter(st -> st.involvement() == inv).map(Stakeholder::name)
                    .toList();
            if (!names.isEmpty()) {
                audiences.add(Texts.get("doc.communication.audience", inv.label(), String.join(", ", names)));
            }
        }
        if (!audiences.isEmpty()) {
            b.h2(Texts.get("doc.communication.audiences"));
            b.bullets(audiences);
        }
        List<Action> actions = s.actions().actions().stream()
                .filter(a -> a.kind() == ActionKind.COMMUNICATIE || a.kind() == ActionKind.MARKTCONSULTATIE).toList();
        if (!actions.isEmpty()) {
            b.h2(Texts.get("doc.communication.actions"));
            b.table(ActionsChapter.columns(), actions.stream().map(a -> ActionsChapter.row(s.actions(), a, false))
                    .toList(), "", "");
        }
        b.p(Texts.get("doc.communication.results"));
        if (!s.successes().isEmpty()) {
            b.h2(Texts.get("doc.communication.successes"));
            successes(b, s.successes(), "");
        }
    }

    /** The successes as a table: date, what, effect, where shared. */
    static void successes(Blocks b, List<Success> successes, String whenEmpty) {
        b.table(List.of(Block.Column.text(Texts.get("doc.col.date"), 2), Block.Column.text(Texts.get("success.field.what"), 6),
                        Block.Column.text(Texts.get("success.field.effect"), 4),
                        Block.Column.text(Texts.get("success.field.channels"), 3)),
                successes.stream().map(x -> List.of(Texts.date(x.date()), x.what(), Texts.text(x.effect()),
                        Texts.text(x.sharedText()))).toList(), "", whenEmpty);
    }
}
