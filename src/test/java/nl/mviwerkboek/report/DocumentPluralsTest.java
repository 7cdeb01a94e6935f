package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word documents of a full and a new plan count in proper Dutch: "1 doel", "geen doelen", "over 2025". */
class DocumentPluralsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Pattern WRONG = Pattern.compile("(?<![\\d.,])1\\s+(doelen|acties|leveranciers|regels|"
            + "contracten|focusthema's|productgroepen|maatregelen|verankeringsmaatregelen|combinaties|factuurregels)\\b"
            + "|\\b0 van 0\\b|\\(s\\)|\\('s\\)|\\(en\\)|\\b(\\d{4})–\\2\\b|De 1 grootste|lopen 0 |Nu is \\d");

    @TempDir
    Path dir;

    @Test
    void theSamplePlansDocumentsCountInProperDutch() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            ReportService service = new ReportService(db, () -> TODAY);
            String plan = text(service.export(ExportKind.PLAN_DOCX, dir.resolve("plan.docx"), JobContext.silent()));
            String progress = text(service.export(ExportKind.PROGRESS_DOCX, dir.resolve("voortgang.docx"),
                    JobContext.silent()));
            assertEquals(List.of(), wrong(plan + progress));
            assertTrue(plan.contains("Het gaat om 11 maatregelen. Daarvan zijn er nu 5 geregeld."), "anchoring intro");
            assertTrue(plan.matches("(?s).*\\d+ productgroepen met uitgaven.*"), "annex B's caption keeps its count");
            assertTrue(plan.matches("(?s).*geboekt van \\d\\d-\\d\\d-\\d{4} tot en met \\d\\d-\\d\\d-\\d{4}\\..*"),
                    "the period the spend covers");
        }
    }

    @Test
    void aNewPlansDocumentsNameWhatIsEmptyInsteadOfZeroOfZero() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "nieuw.mviplan")) {
            ReportService service = new ReportService(db, () -> TODAY);
            String plan = text(service.export(ExportKind.PLAN_DOCX, dir.resolve("nieuw.docx"), JobContext.silent()));
            String progress = text(service.export(ExportKind.PROGRESS_DOCX, dir.resolve("nieuw-voortgang.docx"),
                    JobContext.silent()));
            assertEquals(List.of(), wrong(plan + progress));
            assertTrue(progress.contains("Nog niet ingevuld, en daarom nog zonder voortgang: doelen, acties"), progress);
            assertTrue(plan.contains("Nog niet ingevuld"), "the empty parts are named once, not counted as 0 van 0");
        }
    }

    private static List<String> wrong(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WRONG.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            found.add(text.substring(from, Math.min(text.length(), m.end() + 20)).replace('\n', ' '));
        }
        return found;
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
