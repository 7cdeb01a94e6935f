package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Formats;

/** The chapter "Acties": the actions per theme with owner, date and status. */
final class ActionsChapter {

    private ActionsChapter() {
    }

    static void add(Blocks b, ReportSources s) {
        ActionsPicture ap = s.actions();
        b.chapter(Texts.get("doc.actions"));
        long done = ap.actions().stream().filter(a -> a.status() == ActionStatus.GEREED).count();
        long overdue = ap.actions().stream().filter(a -> a.isOverdue(s.today())).count();
        b.p(Texts.get("doc.actions.intro", ap.actions().size(), done, overdue));
        if (ap.actions().isEmpty()) {
            b.note(Texts.get("doc.actions.none"));
            return;
        }
        boolean full = s.settings().detail().full();
        if (!full) {
            b.note(Texts.get("doc.actions.short"));
        }
        for (Map.Entry<String, List<Action>> e : byTheme(ap, full).entrySet()) {
            b.h2(e.getKey());
            b.table(columns(), e.getValue().stream().map(a -> row(ap, a, full)).toList(), "", "");
        }
        LearningParts.addTenders(b, s);
    }

    /** The live actions (all actions at full detail) grouped by theme name, themes in plan order, "Algemeen" last. */
    static Map<String, List<Action>> byTheme(ActionsPicture ap, boolean all) {
        Map<String, List<Action>> result = new LinkedHashMap<>();
        for (Theme t : ap.themes()) {
            List<Action> actions = ap.actions().stream().filter(a -> t.id() == (a.themeId() == null ? -1 : a.themeId()))
                    .filter(a -> all || a.status() != ActionStatus.GESCHRAPT).toList();
            if (!actions.isEmpty()) {
                result.put(t.name(), actions);
            }
        }
        List<Action> general = ap.actions().stream().filter(a -> a.themeId() == null || ap.themes().stream()
                .noneMatch(t -> t.id() == a.themeId())).filter(a -> all || a.status() != ActionStatus.GESCHRAPT).toList();
        if (!general.isEmpty()) {
            result.put(Texts.get("doc.actions.general"), general);
        }
        return result;
    }

    static List<Block.Column> columns() {
        return List.of(Block.Column.text(Texts.get("doc.col.action"), 7), Block.Column.text(Texts.get("doc.col.kind"), 3),
                Block.Column.text(Texts.get("doc.col.owner"), 3), Block.Column.text(Texts.get("doc.col.due"), 2),
                Block.Column.text(Texts.get("doc.col.status"), 2));
    }

    static List<String> row(ActionsPicture ap, Action a, boolean full) {
        String title = full && a.description() != null && !a.description().isBlank()
                ? Texts.name(a.title()) + "\n" + a.description().strip() : Texts.name(a.title());
        return new ArrayList<>(List.of(title, a.kind().label(), Texts.text(ap.focus().ownerName(a.ownerId())),
                Texts.date(a.due()), a.status().label()));
    }

    /** "12 van 40" for counts in texts. */
    static String share(long part, long whole) {
        return Texts.get("doc.countOf", Formats.number(part), Formats.number(whole));
    }
}
