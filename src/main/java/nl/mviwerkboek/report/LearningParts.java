package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.MarketConsultation;
import nl.mviwerkboek.actions.tender.TenderCriterion;
import nl.mviwerkboek.examples.Example;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.shared.i18n.Formats;

/** What the plan learned and achieved: tenders with their criteria and consultations, effects, the examples. */
final class LearningParts {

    private LearningParts() {
    }

    /** Under Acties: every tender with criteria or consultations, its criteria as a table and what the market said. */
    static void addTenders(Blocks b, ReportSources s) {
        List<Action> tenders = s.actions().actions().stream().filter(a -> a.kind() == ActionKind.AANBESTEDING)
                .filter(a -> s.criteria().stream().anyMatch(k -> k.actionId() == a.id())
                        || s.consultations().stream().anyMatch(m -> m.actionId() == a.id())).toList();
        if (tenders.isEmpty()) {
            return;
        }
        b.h2(Texts.get("doc.tenders"));
        b.p(Texts.get("doc.tenders.text"));
        for (Action a : tenders) {
            b.h3(a.title());
            List<List<String>> rows = new ArrayList<>();
            for (TenderCriterion k : s.criteria().stream().filter(k -> k.actionId() == a.id()).toList()) {
                rows.add(List.of(k.type().label(), Texts.text(s.focus().themeName(k.themeId())),
                        k.ambition() == null ? Texts.NONE : k.ambition().label(), k.text()));
            }
            b.table(List.of(Block.Column.text(Texts.get("tender.col.type"), 3), Block.Column.text(Texts.get("tender.col.theme"), 3),
                    Block.Column.text(Texts.get("tender.col.ambition"), 2), Block.Column.text(Texts.get("tender.col.text"), 8)),
                    rows, "", "");
            for (MarketConsultation m : s.consultations().stream().filter(m -> m.actionId() == a.id()).toList()) {
                b.labelled(Texts.get("doc.tenders.consultation", Texts.date(m.date()), m.form().label()),
                        m.changed().isBlank() ? m.learned() : m.learned() + " " + Texts.get("doc.tenders.changed",
                                m.changed()));
            }
        }
    }

    /** A table of effects: tender, effect, expected or achieved, value, goal. */
    static void addEffects(Blocks b, ReportSources s, List<Effect> effects, String title) {
        if (effects.isEmpty()) {
            return;
        }
        b.h2(title);
        List<List<String>> rows = new ArrayList<>();
        for (Effect e : effects) {
            String tender = subject(s, e);
            String goal = s.focus().goalStatement(e.goalId());
            rows.add(List.of(Texts.text(tender), e.description(), e.kind().label(),
                    e.value() == null ? Texts.NONE : (Formats.measure(e.value()) + " " + e.unit()).strip(), Texts.text(goal)));
        }
        b.table(List.of(Block.Column.text(Texts.get("doc.col.tender"), 4), Block.Column.text(Texts.get("tender.col.effect"), 4),
                Block.Column.text(Texts.get("tender.col.kind"), 2), Block.Column.number(Texts.get("tender.col.value"), 2),
                Block.Column.text(Texts.get("tender.col.goal"), 4)), rows, "", "");
    }

    /** The tender (action) or contract an effect belongs to, by its title. */
    static String subject(ReportSources s, Effect e) {
        return e.actionId() != null ? s.actions().actionTitle(e.actionId()) : s.actions().contractTitle(e.contractId());
    }

    /** The appendix with the voorbeeldenbank. */
    static void addExamples(Blocks b, ReportSources s) {
        b.appendix(Texts.get("doc.appendix.examples"));
        b.p(Texts.get("doc.appendix.examples.text"));
        boolean full = s.settings().detail().full();
        List<List<String>> rows = new ArrayList<>();
        for (Example e : s.examples()) {
            String title = full && !e.criteria().isBlank() ? e.title() + "\n" + e.criteria() : e.title();
            rows.add(List.of(title, Texts.text(e.organisation()), Texts.text(e.result()), Texts.text(e.lessons()),
                    Texts.text(e.contact())));
        }
        b.table(List.of(Block.Column.text(Texts.get("examples.field.title"), 5),
                Block.Column.text(Texts.get("examples.field.organisation"), 3),
                Block.Column.text(Texts.get("examples.field.result"), 3), Block.Column.text(Texts.get("examples.field.lessons"), 4),
                Block.Column.text(Texts.get("examples.field.contact"), 3)), rows, "", Texts.get("doc.appendix.examples.none"));
    }
}
