package nl.mviwerkboek.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.exchange.docx.WordDocument;

/**
 * The Word action plan: cover, contents, the chosen chapters in the workbook's order and the chosen
 * appendices, at the chosen level of detail, marked CONCEPT until the plan is adopted.
 */
public final class PlanDocument {

    private PlanDocument() {
    }

    /** The document for {@code s} with its settings. */
    public static WordDocument build(ReportSources s) {
        ReportSettings settings = s.settings();
        Blocks b = new Blocks();
        b.add(new Block.Contents(Texts.get("doc.contents")));
        changesSinceAdoption(b, s);
        if (!settings.includes(ReportSection.SAMENVATTING)) {
            b.p(EmptyParts.line(s));
        }
        for (ReportSection section : ReportSection.values()) {
            if (EmptyParts.shown(s, section)) {
                add(b, section, s);
            }
        }
        return new WordDocument(cover(s, Texts.get("doc.plan.title"), null),
                Texts.get("doc.header", s.profile().organisationName()), settings.concept(),
                Texts.get("doc.conceptMark"), b.list());
    }

    private static void add(Blocks b, ReportSection section, ReportSources s) {
        switch (section) {
            case SAMENVATTING -> SummaryChapter.add(b, s);
            case AANLEIDING -> ApproachChapter.add(b, s);
            case SITUATIE -> ApproachChapter.addSituation(b, s);
            case SPEND -> SpendChapter.add(b, s);
            case FOCUS -> FocusChapter.addFocus(b, s);
            case DOELEN -> FocusChapter.addGoals(b, s);
            case ACTIES -> ActionsChapter.add(b, s);
            case VERANKERING -> RunChapters.addAnchoring(b, s);
            case MONITORING -> RunChapters.addMonitoring(b, s);
            case COMMUNICATIE -> RunChapters.addCommunication(b, s);
            case BIJLAGE_ACTIES -> Appendices.addActions(b, s);
            case BIJLAGE_PRODUCTGROEPEN -> Appendices.addGroups(b, s);
            case BIJLAGE_VOORBEELDEN -> LearningParts.addExamples(b, s);
            case BIJLAGE_METHODE -> Appendices.addMethod(b, s);
            case BIJLAGE_SIGNALEN -> SpendChapter.addSignalsAppendix(b, s);
        }
    }

    /** For an adopted plan that changed since: an unnumbered first chapter with what changed in goals and actions. */
    private static void changesSinceAdoption(Blocks b, ReportSources s) {
        Adoption a = s.adoption();
        if (!a.changed()) {
            return;
        }
        b.unnumbered(Texts.get("doc.adoption.title"));
        b.p(Texts.get("doc.adoption.text", Texts.date(s.today()), adoptedOn(s), a.version().label()));
        String added = Texts.get("compare.absent");
        String removed = Texts.get("compare.removed");
        List<nl.mviwerkboek.monitoring.Difference> listed = a.changes().stream().filter(d -> d.part()
                == nl.mviwerkboek.monitoring.Difference.Part.GOAL || d.before().equals(added) || d.after().equals(removed))
                .toList();
        b.table(List.of(Block.Column.text(Texts.get("doc.col.part"), 1), Block.Column.text(Texts.get("doc.col.what"), 4),
                        Block.Column.text(Texts.get("doc.col.adopted"), 3), Block.Column.text(Texts.get("doc.col.now"), 3)),
                listed.stream().map(d -> List.of(d.part().label(), Texts.name(d.subject()), Texts.text(d.before()),
                        Texts.text(d.after()))).toList(), Texts.get("doc.adoption.caption"), "");
        long progressed = a.changes().size() - listed.size();
        if (progressed > 0) {
            b.p(Texts.get("doc.adoption.actions", progressed));
        }
        if (a.spendChanges() > 0) {
            b.p(Texts.get("doc.adoption.spend", a.spendChanges()));
        }
    }

    private static String adoptedOn(ReportSources s) {
        LocalDate on = s.settings().adoptedOn() != null ? s.settings().adoptedOn() : s.adoption().version().takenOn();
        return Texts.date(on);
    }

    /** The cover every document shares: title, organisation, period, version, date and status. */
    static WordDocument.Cover cover(ReportSources s, String title, String kind) {
        ReportSettings settings = s.settings();
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("doc.cover.period", s.period()));
        if (!settings.versionLabel().isBlank()) {
            lines.add(Texts.get("doc.cover.version", settings.versionLabel()));
        }
        lines.add(Texts.get("doc.cover.date", Texts.date(s.today())));
        if (kind != null) {
            lines.add(kind);
        }
        String adopted = settings.adoptedOn() == null ? Texts.get("doc.cover.adopted")
                : settings.adoptedBy().isBlank() ? Texts.get("doc.cover.adoptedOnDay", Texts.date(settings.adoptedOn()))
                : Texts.get("doc.cover.adoptedOn", Texts.date(settings.adoptedOn()), settings.adoptedBy());
        String status = settings.concept() ? Texts.get("doc.cover.concept") : adopted;
        if (!settings.concept() && s.adoption().changed()) {
            lines.add(adopted + "; " + Texts.get("doc.cover.changedSince"));
            status = Texts.get("doc.cover.stateOn", Texts.date(s.today()));
        }
        return new WordDocument.Cover(title, s.profile().organisationName(), lines, status);
    }
}
