package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.GoalQuality;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The chapters "Focus en ambities" (chosen themes, ambition, why, product groups) and "Doelen" (per theme). */
final class FocusChapter {

    private FocusChapter() {
    }

    static void addFocus(Blocks b, ReportSources s) {
        FocusPicture f = s.focus();
        b.chapter(Texts.get("doc.focus"));
        b.p(Texts.get("doc.focus.intro"));
        if (f.chosen().isEmpty()) {
            b.note(Texts.get("doc.focus.none"));
        }
        boolean full = s.settings().detail().full();
        for (FocusTheme t : f.chosen()) {
            b.h2(t.theme().name());
            b.labelled(Texts.get("doc.focus.ambition"), full
                    ? t.ambition().label() + " – " + Texts.get(t.ambition().meaningKey()) : t.ambition().label());
            b.labelled(Texts.get("doc.focus.why"), t.rationale());
            String groups = t.groupIds().stream().map(id -> f.groups().stream().filter(g -> g.id() == id).findFirst())
                    .flatMap(java.util.Optional::stream).map(ProductGroup::name).collect(Collectors.joining(", "));
            b.labelled(Texts.get("doc.focus.groups"), groups);
        }
        List<String> others = f.themes().stream().filter(t -> !t.chosen()).map(t -> t.theme().name()).toList();
        if (!others.isEmpty() && !f.chosen().isEmpty()) {
            b.h2(Texts.get("doc.focus.others"));
            b.p(Texts.get("doc.focus.others.text", String.join(", ", others)));
        }
    }

    static void addGoals(Blocks b, ReportSources s) {
        FocusPicture f = s.focus();
        b.chapter(Texts.get("doc.goals"));
        b.p(Texts.get("doc.goals.intro"));
        if (f.goals().isEmpty()) {
            b.note(Texts.get("doc.goals.none"));
            return;
        }
        boolean full = s.settings().detail().full();
        for (FocusTheme t : f.chosen()) {
            List<Goal> all = f.goals().stream().filter(g -> g.themeId() == t.theme().id()).toList();
            if (all.isEmpty()) {
                continue;
            }
            b.h2(t.theme().name());
            List<Goal> goals = all.stream().filter(GoalQuality::measurable).toList();
            List<String> open = all.stream().filter(g -> !GoalQuality.measurable(g)).map(Goal::statement).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Goal g : goals) {
                List<String> row = new ArrayList<>(List.of(g.statement(), Texts.text(g.indicator()), Texts.baseline(g),
                        Texts.target(g), Texts.text(f.ownerName(g.ownerId()))));
                if (full) {
                    row.add(Texts.text(g.source()));
                }
                rows.add(row);
            }
            List<Block.Column> columns = new ArrayList<>(List.of(Block.Column.text(Texts.get("doc.col.goal"), 9),
                    Block.Column.text(Texts.get("doc.col.indicator"), 6), Block.Column.text(Texts.get("doc.col.baseline"), 5),
                    Block.Column.text(Texts.get("doc.col.target"), 6), Block.Column.text(Texts.get("doc.col.owner"), 4)));
            if (full) {
                columns.add(Block.Column.text(Texts.get("doc.col.source"), 5));
            }
            b.table(columns, rows, Texts.get("doc.goals.caption", t.theme().name()), "");
            if (!open.isEmpty()) {
                b.p(Texts.get("doc.goals.open"));
                b.bullets(open);
            }
        }
    }
}
