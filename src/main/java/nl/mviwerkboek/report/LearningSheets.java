package nl.mviwerkboek.report;

import java.util.Arrays;
import java.util.List;
import nl.mviwerkboek.actions.tender.ConsultationForm;
import nl.mviwerkboek.actions.tender.CriterionType;
import nl.mviwerkboek.actions.tender.EffectKind;
import nl.mviwerkboek.exchange.xlsx.Workbook;
import nl.mviwerkboek.exchange.xlsx.Workbook.Column;

/** The workbook's sheets on tenders and learning: criteria, market consultations, effects, examples. */
final class LearningSheets {

    private LearningSheets() {
    }

    static Workbook.Sheet criteria(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.criteria"), List.of(Column.of(Texts.get("doc.col.tender"), 40),
                new Column(Texts.get("tender.col.type"), 20, PlanWorkbook.labels(CriterionType.values())),
                Column.of(Texts.get("tender.col.theme"), 22), Column.of(Texts.get("tender.col.ambition"), 14),
                Column.of(Texts.get("tender.col.number"), 10), Column.of(Texts.get("tender.col.text"), 70)),
                s.criteria().stream().map(k -> Arrays.<Object>asList(s.actions().actionTitle(k.actionId()), k.type().label(),
                        s.focus().themeName(k.themeId()), k.ambition() == null ? null : k.ambition().label(),
                        k.toolNumber(), k.text())).toList());
    }

    static Workbook.Sheet consultations(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.consultations"), List.of(Column.of(Texts.get("doc.col.tender"), 40),
                Column.of(Texts.get("tender.col.date"), 12),
                new Column(Texts.get("tender.col.form"), 18, PlanWorkbook.labels(ConsultationForm.values())),
                Column.of(Texts.get("tender.col.parties"), 30), Column.of(Texts.get("tender.col.learned"), 50),
                Column.of(Texts.get("tender.col.changed"), 50)),
                s.consultations().stream().map(m -> Arrays.<Object>asList(s.actions().actionTitle(m.actionId()), m.date(),
                        m.form().label(), m.parties(), m.learned(), m.changed())).toList());
    }

    static Workbook.Sheet effects(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.effects"), List.of(Column.of(Texts.get("doc.col.tender"), 40),
                Column.of(Texts.get("tender.col.effect"), 40),
                new Column(Texts.get("tender.col.kind"), 14, PlanWorkbook.labels(EffectKind.values())),
                Column.of(Texts.get("tender.col.value"), 12), Column.of(Texts.get("xlsx.col.unit"), 12),
                Column.of(Texts.get("tender.col.goal"), 44), Column.of(Texts.get("tender.col.source"), 30)),
                s.monitoring().effects().stream().map(e -> Arrays.<Object>asList(LearningParts.subject(s, e), e.description(),
                        e.kind().label(), e.value(), e.unit(), s.focus().goalStatement(e.goalId()), e.source())).toList());
    }

    static Workbook.Sheet examples(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.examples"), List.of(Column.of(Texts.get("examples.field.title"), 40),
                Column.of(Texts.get("examples.field.organisation"), 24), Column.of(Texts.get("examples.field.group"), 20),
                Column.of(Texts.get("examples.field.themes"), 24), Column.of(Texts.get("examples.field.criteria"), 50),
                Column.of(Texts.get("examples.field.result"), 40), Column.of(Texts.get("examples.field.lessons"), 40),
                Column.of(Texts.get("examples.field.contact"), 24), Column.of(Texts.get("examples.field.link"), 30)),
                s.examples().stream().map(e -> Arrays.<Object>asList(e.title(), e.organisation(), e.productGroup(),
                        e.themes(), e.criteria(), e.result(), e.lessons(), e.contact(), e.link())).toList());
    }
}
