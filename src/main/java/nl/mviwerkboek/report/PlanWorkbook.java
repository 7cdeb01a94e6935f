package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.anchoring.AnchoringItem;
import nl.mviwerkboek.anchoring.AnchoringStatus;
import nl.mviwerkboek.exchange.xlsx.Workbook;
import nl.mviwerkboek.exchange.xlsx.Workbook.Column;
import nl.mviwerkboek.exchange.xlsx.Workbook.Money;
import nl.mviwerkboek.exchange.xlsx.Workbook.Percentage;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.monitoring.GoalStatus;
import nl.mviwerkboek.shared.i18n.Labelled;
import nl.mviwerkboek.spend.analysis.SpendPicture;

/**
 * The workbook for colleagues who work in Excel: a summary, the actions (with a status list), the goals,
 * and the anchoring checklist, each sheet an Excel table with typed cells. The spend sheets come from
 * {@link SpendSheets}.
 */
public final class PlanWorkbook {

    private PlanWorkbook() {
    }

    /** The workbook for {@code s}. */
    public static Workbook build(ReportSources s) {
        return new Workbook(Texts.get("doc.plan.title") + " – " + s.profile().organisationName(), List.of(summary(s),
                actions(s), goals(s), SpendSheets.groups(s), SpendSheets.suppliers(s), SpendSheets.abc(s),
                SpendSheets.signals(s), SpendSheets.calendar(s), anchoring(s), SupportSheets.swot(s),
                SupportSheets.objections(s), SupportSheets.successes(s), LearningSheets.criteria(s),
                LearningSheets.consultations(s), LearningSheets.effects(s), LearningSheets.examples(s)));
    }

    private static Workbook.Sheet summary(ReportSources s) {
        SpendPicture sp = s.spend();
        ActionsPicture ap = s.actions();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Texts.get("xlsx.summary.organisation"), s.profile().organisationName()));
        rows.add(row(Texts.get("xlsx.summary.period"), s.period()));
        rows.add(row(Texts.get("xlsx.summary.status"), s.settings().status().label()));
        rows.add(row(Texts.get("xlsx.summary.version"), s.settings().versionLabel()));
        rows.add(row(Texts.get("xlsx.summary.date"), s.today()));
        rows.add(row(Texts.get("xlsx.summary.spend"), new Money(sp.totalCents())));
        rows.add(row(Texts.get("xlsx.summary.suppliers"), (long) sp.suppliers().size()));
        rows.add(row(Texts.get("xlsx.summary.classified"), new Percentage(sp.share().byAmount())));
        rows.add(row(Texts.get("xlsx.summary.focusThemes"), (long) s.focus().chosen().size()));
        rows.add(row(Texts.get("xlsx.summary.goals"), (long) s.focus().goals().size()));
        rows.add(row(Texts.get("xlsx.summary.actions"), (long) ap.actions().size()));
        for (ActionStatus st : ActionStatus.values()) {
            rows.add(row(Texts.get("xlsx.summary.actionsWithStatus", st.label()),
                    ap.actions().stream().filter(a -> a.status() == st).count()));
        }
        rows.add(row(Texts.get("xlsx.summary.overdue"), ap.actions().stream().filter(a -> a.isOverdue(s.today())).count()));
        rows.add(row(Texts.get("xlsx.summary.anchoring"), s.anchoring().items().stream()
                .filter(i -> i.status() == AnchoringStatus.GEREGELD).count()));
        rows.add(row(Texts.get("xlsx.summary.signals"), (long) sp.signals().size()));
        return new Workbook.Sheet(Texts.get("xlsx.sheet.summary"), List.of(Column.of(Texts.get("xlsx.col.item"), 44),
                Column.of(Texts.get("xlsx.col.value"), 28)), rows);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static Workbook.Sheet actions(ReportSources s) {
        ActionsPicture ap = s.actions();
        List<List<Object>> rows = new ArrayList<>();
        for (Action a : ap.actions()) {
            rows.add(row(a.title(), a.description(), a.kind().label(), ap.focus().themeName(a.themeId()),
                    ap.focus().goalStatement(a.goalId()), ap.subject(a), ap.focus().ownerName(a.ownerId()), a.start(),
                    a.due(), a.status().label(), a.instrument() == null ? null : a.instrument().label(),
                    a.ambition() == null ? null : a.ambition().label(),
                    a.isOverdue(s.today()) ? Texts.get("doc.yes") : null));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.actions"), List.of(Column.of(Texts.get("doc.col.action"), 44),
                Column.of(Texts.get("xlsx.col.description"), 40), Column.of(Texts.get("doc.col.kind"), 20),
                Column.of(Texts.get("doc.col.theme"), 22), Column.of(Texts.get("doc.col.goal"), 36),
                Column.of(Texts.get("xlsx.col.subject"), 28), Column.of(Texts.get("doc.col.owner"), 20),
                Column.of(Texts.get("doc.col.start"), 12), Column.of(Texts.get("doc.col.due"), 12),
                new Column(Texts.get("doc.col.status"), 13, labels(ActionStatus.values())),
                Column.of(Texts.get("xlsx.col.instrument"), 16), Column.of(Texts.get("focus.field.ambition"), 14),
                Column.of(Texts.get("xlsx.col.late"), 9)), rows);
    }

    static List<String> labels(Labelled... values) {
        return Arrays.stream(values).map(Labelled::label).toList();
    }

    private static Workbook.Sheet goals(ReportSources s) {
        List<List<Object>> rows = new ArrayList<>();
        for (GoalStatus gs : s.monitoring().goals()) {
            Goal g = gs.goal();
            rows.add(row(s.focus().themeName(g.themeId()), g.statement(), g.indicator(), g.unit(), g.baselineValue(),
                    g.baselineYear(), g.targetValue(), g.targetYear(), gs.latest(), gs.trend().label(),
                    s.focus().ownerName(g.ownerId()), g.source()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.goals"), List.of(Column.of(Texts.get("doc.col.theme"), 22),
                Column.of(Texts.get("doc.col.goal"), 44), Column.of(Texts.get("doc.col.indicator"), 30),
                Column.of(Texts.get("xlsx.col.unit"), 10), Column.of(Texts.get("doc.col.baseline"), 11),
                Column.of(Texts.get("xlsx.col.baselineYear"), 10), Column.of(Texts.get("doc.col.target"), 12),
                Column.of(Texts.get("xlsx.col.targetYear"), 10), Column.of(Texts.get("doc.col.latest"), 12),
                Column.of(Texts.get("doc.col.progress"), 18), Column.of(Texts.get("doc.col.owner"), 20),
                Column.of(Texts.get("doc.col.source"), 30)), rows);
    }

    private static Workbook.Sheet anchoring(ReportSources s) {
        List<List<Object>> rows = new ArrayList<>();
        for (AnchoringItem i : s.anchoring().items()) {
            rows.add(row(i.displayTitle(), i.status().label(), s.focus().ownerName(i.ownerId()), i.evidence(), i.doneOn()));
        }
        return new Workbook.Sheet(Texts.get("xlsx.sheet.anchoring"), List.of(Column.of(Texts.get("doc.col.measure"), 48),
                new Column(Texts.get("doc.col.status"), 20, labels(AnchoringStatus.values())),
                Column.of(Texts.get("doc.col.owner"), 22), Column.of(Texts.get("doc.col.evidence"), 44),
                Column.of(Texts.get("doc.col.date"), 12)), rows);
    }
}
