package nl.mviwerkboek.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.mviwerkboek.monitoring.VersionStorage;
import nl.mviwerkboek.plan.ProfileStorage;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.mviwerkboek.exchange.OfficeFiles;
import nl.mviwerkboek.exchange.docx.DocxWriter;
import nl.mviwerkboek.exchange.xlsx.XlsxWriter;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.BackgroundJob;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.groups.GroupsService;

/**
 * Keeps the report settings and makes the documents: reads everything on the database thread, then builds
 * and writes the file on the job's thread, so the plan is never held while a file is written.
 */
public final class ReportService {

    private static final int STEPS = 4;

    private final PlanDatabase db;
    private final Supplier<LocalDate> today;
    private final ReportSettingsStorage storage = new ReportSettingsStorage();

    /** The service for one open plan; documents are dated {@code today}. */
    public ReportService(PlanDatabase db, Supplier<LocalDate> today) {
        this.db = db;
        this.today = today;
    }

    /** The settings, the organisation and the latest yearly version. */
    public CompletableFuture<ReportState> state() {
        return db.read(this::read);
    }

    /** Saves the settings and returns the state as stored. */
    public CompletableFuture<ReportState> save(ReportSettings s) {
        return db.change(c -> storage.save(c, s), this::read);
    }

    private ReportState read(Connection c) throws SQLException {
        return new ReportState(storage.load(c), new ProfileStorage().load(c).organisationName(),
                ProgressSources.latest(new VersionStorage().list(c)));
    }

    /** The job that makes {@code kind} at {@code target} and returns the file. */
    public BackgroundJob<Path> job(ExportKind kind, Path target) {
        return ctx -> export(kind, target, ctx);
    }

    /** Makes {@code kind} at {@code target} on the calling thread (a background job or the command line). */
    public Path export(ExportKind kind, Path target, JobContext ctx) throws UserProblem {
        ctx.progress(0, STEPS);
        ctx.message(Texts.get("report.progress.read"));
        GroupsService groups = new GroupsService(db);
        if (groups.needsClassification().join()) {
            groups.reclassify(ctx).join();
        }
        LocalDate day = today.get();
        try {
            switch (kind) {
                case PLAN_DOCX -> {
                    ReportSources s = db.read(c -> ReportSources.read(c, day)).join();
                    step(ctx, 1, "report.progress.build");
                    var doc = PlanDocument.build(s);
                    step(ctx, 2, "report.progress.write");
                    DocxWriter.write(doc, target, ctx::isCancelled);
                }
                case PROGRESS_DOCX -> {
                    ProgressSources p = db.read(c -> ProgressSources.read(c, day)).join();
                    step(ctx, 1, "report.progress.build");
                    var doc = ProgressReport.build(p);
                    step(ctx, 2, "report.progress.write");
                    DocxWriter.write(doc, target, ctx::isCancelled);
                }
                case WORKBOOK_XLSX -> {
                    ReportSources s = db.read(c -> ReportSources.read(c, day)).join();
                    step(ctx, 1, "report.progress.build");
                    var book = PlanWorkbook.build(s);
                    step(ctx, 2, "report.progress.write");
                    XlsxWriter.write(book, target, ctx::isCancelled);
                }
            }
        } catch (OfficeFiles.FileInUseException e) {
            throw new UserProblem(Texts.get("report.failed.title"), Texts.get("report.failed.inUse", target));
        } catch (IOException e) {
            throw new UserProblem(Texts.get("report.failed.title"), Texts.get("report.failed.write", target));
        }
        ctx.progress(STEPS, STEPS);
        return target;
    }

    private static void step(JobContext ctx, int done, String messageKey) {
        ctx.checkCancelled();
        ctx.progress(done, STEPS);
        ctx.message(Texts.get(messageKey));
    }
}
