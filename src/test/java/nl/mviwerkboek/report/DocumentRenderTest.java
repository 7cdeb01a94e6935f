package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import nl.mviwerkboek.exchange.docx.DocxWriterTest;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the documents with LibreOffice (when installed; CI installs it) and checks the pages: the document,
 * its PDF and a PNG per page are kept under {@code target/report-pages/} to look at.
 */
class DocumentRenderTest {

    static final Path PAGES = Path.of("target", "report-pages");

    @TempDir
    Path dir;

    static Optional<Path> office() {
        return Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice",
                "/Applications/LibreOffice.app/Contents/MacOS/soffice").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @Test
    void theWritersSmallDocumentRendersOnItsFivePages() throws Exception {
        Optional<Path> soffice = office();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Path docx = dir.resolve("blokken.docx");
        DocxWriter.write(DocxWriterTest.sample(true), docx, () -> false);
        assertEquals(5, render(soffice.get(), docx, "blokken"),
                "cover, contents, summary with table and bar chart, the pie chart, the appendix on its own page");
    }

    @Test
    void theSamplePlanAndProgressReportRenderWithEveryChapterOnItsOwnPages() throws Exception {
        Optional<Path> soffice = office();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            ReportService service = new ReportService(db, () -> LocalDate.of(2026, 11, 28));
            Path plan = service.export(ExportKind.PLAN_DOCX, dir.resolve("actieplan.docx"), JobContext.silent());
            int pages = render(soffice.get(), plan, "actieplan");
            assertTrue(pages >= 2 + 14 && pages <= 40, "cover, contents and 14 chapters and appendices, each from a "
                    + "new page, in at most 40 pages: " + pages);
            Path progress = service.export(ExportKind.PROGRESS_DOCX, dir.resolve("voortgang.docx"), JobContext.silent());
            int progressPages = render(soffice.get(), progress, "voortgang");
            assertTrue(progressPages >= 2 + 6 && progressPages <= 16, "a short report: " + progressPages);
        }
    }

    @Test
    void aNewPlansDocumentsRenderToo() throws Exception {
        Optional<Path> soffice = office();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        try (PlanDatabase db = TestPlans.create(dir, "nieuw.mviplan")) {
            ReportService service = new ReportService(db, () -> LocalDate.of(2026, 11, 28));
            Path plan = service.export(ExportKind.PLAN_DOCX, dir.resolve("nieuw-actieplan.docx"), JobContext.silent());
            assertTrue(render(soffice.get(), plan, "nieuw-actieplan") >= 2, "a cover, the contents and chapters");
            Path progress = service.export(ExportKind.PROGRESS_DOCX, dir.resolve("nieuw-voortgang.docx"),
                    JobContext.silent());
            assertTrue(render(soffice.get(), progress, "nieuw-voortgang") >= 2, "a cover, the contents and chapters");
        }
    }

    /** Converts {@code docx} to PDF and PNG pages under {@link #PAGES}; returns the number of pages. */
    static int render(Path soffice, Path docx, String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(PAGES.resolve(name)).toAbsolutePath();
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Files.copy(docx, out.resolve(docx.getFileName()));
        Path profile = Files.createTempDirectory("lo-profile");
        run(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), docx.toAbsolutePath().toString());
        Path pdf = out.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.size(pdf) > 1000, "LibreOffice wrote a PDF");
        int pages = pageCount(pdf);
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            run("/usr/bin/pdftoppm", "-r", "50", "-png", pdf.toString(), out.resolve("pagina").toString());
            try (Stream<Path> png = Files.list(out)) {
                assertEquals(pages, png.filter(p -> p.toString().endsWith(".png")).count(), "a PNG per page");
            }
        }
        return pages;
    }

    /** The page count from the PDF's page tree ({@code /Type /Pages ... /Count n}). */
    static int pageCount(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)").matcher(text);
        List<Integer> counts = new ArrayList<>();
        while (m.find()) {
            counts.add(Integer.parseInt(m.group(1)));
        }
        assertTrue(!counts.isEmpty(), "a page tree in the PDF");
        return counts.stream().max(Integer::compare).orElseThrow();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time: " + command[0]);
        assertEquals(0, p.exitValue(), String.join(" ", command));
    }
}
