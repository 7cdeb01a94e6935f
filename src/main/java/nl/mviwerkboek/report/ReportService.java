package nl.mviwerkboek.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.mviwerkboek.monitoring.VersionStorage;
import nl.mviwerkboek.plan.ProfileStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.mviwerkboek.exchange.OfficeFiles;
import nl.mviwerkboek.exchange.OfficeWarmUp;
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

    private static final int STEPS = 2;

    private final PlanDatabase db;
    private final Supplier<LocalDate> today;
    private final ReportSettingsStorage storage = new ReportSettingsStorage();

    /** The service for one open plan; documents are dated {@code today}. */
    public ReportService(PlanDatabase db, Supplier<LocalDate> today) {
        this.db = db;
        this.today = today;
    }

    /** Loads the document writers in the background, so that the first export is quick. */
    public static void prepare() {
        OfficeWarmUp.start();
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
        return export(Map.of(kind, target), ctx).get(kind);
    }

    /**
     * Makes every document in {@code targets} from one read of the plan, building and writing them side by side,
     * on the calling thread and a helper; every file appears complete or not at all.
     */
    public Map<ExportKind, Path> export(Map<ExportKind, Path> targets, JobContext ctx) throws UserProblem {
        prepare();
        ctx.progress(0, STEPS);
        ctx.message(Texts.get("report.progress.read"));
        GroupsService groups = new GroupsService(db);
        if (groups.needsClassification().join()) {
            groups.reclassify(ctx).join();
        }
        LocalDate day = today.get();
        boolean progress = targets.containsKey(ExportKind.PROGRESS_DOCX);
        Sources sources = db.read(c -> {
            ReportSources plan = ReportSources.read(c, day);
            return new Sources(plan, progress ? ProgressSources.of(c, plan) : null);
        }).join();
        ctx.checkCancelled();
        ctx.progress(1, STEPS);
        ctx.message(Texts.get("report.progress.write"));
        List<Map.Entry<ExportKind, Path>> work = List.copyOf(targets.entrySet());
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mvi-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> side = new ArrayList<>();
            for (int i = 1; i < work.size(); i++) {
                Map.Entry<ExportKind, Path> e = work.get(i);
                side.add(helper.submit(() -> write(e.getKey(), e.getValue(), sources, ctx)));
            }
            write(work.get(0).getKey(), work.get(0).getValue(), sources, ctx);
            for (Future<?> f : side) {
                join(f);
            }
        } finally {
            helper.shutdownNow();
        }
        ctx.progress(STEPS, STEPS);
        return targets;
    }

    /** What the documents are built from: the plan, and for a progress report what changed since the version. */
    private record Sources(ReportSources plan, ProgressSources progress) {
    }

    private static Void write(ExportKind kind, Path target, Sources s, JobContext ctx) throws UserProblem {
        try {
            switch (kind) {
                case PLAN_DOCX -> DocxWriter.write(PlanDocument.build(s.plan()), target, ctx::isCancelled);
                case PROGRESS_DOCX -> DocxWriter.write(ProgressReport.build(s.progress()), target, ctx::isCancelled);
                case WORKBOOK_XLSX -> XlsxWriter.write(PlanWorkbook.build(s.plan()), target, ctx::isCancelled);
            }
        } catch (OfficeFiles.FileInUseException e) {
            throw new UserProblem(Texts.get("report.failed.title"), Texts.get("report.failed.inUse", target));
        } catch (IOException e) {
            throw new UserProblem(Texts.get("report.failed.title"), Texts.get("report.failed.write", target));
        }
        return null;
    }

    private static void join(Future<?> f) throws UserProblem {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case UserProblem p -> throw p;
                case RuntimeException r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
