package nl.mviwerkboek.report;

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
        for (ReportSection section : ReportSection.values()) {
            if (settings.includes(section)) {
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
        }
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
        String status = settings.concept() ? Texts.get("doc.cover.concept")
                : settings.adoptedOn() == null ? Texts.get("doc.cover.adopted")
                : Texts.get("doc.cover.adoptedOn", Texts.date(settings.adoptedOn()),
                        settings.adoptedBy().isBlank() ? Texts.NONE : settings.adoptedBy());
        return new WordDocument.Cover(title, s.profile().organisationName(), lines, status);
    }
}
