package nl.mviwerkboek.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.report.ExportKind;
import nl.mviwerkboek.report.ReportService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.JobContext;

/**
 * {@code export --plan PLAN [--docx OUT.docx] [--xlsx OUT.xlsx] [--progress-report OUT.docx]}: makes the
 * action plan, the workbook and the progress report with the plan's report settings, dated today.
 */
final class ExportCommand {

    private final CliOutput output;
    private final DataFolder dataFolder;

    ExportCommand(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(List<String> options) throws PlanFileException {
        CliArguments args = CliArguments.parse(options, Set.of("--plan", "--docx", "--xlsx", "--progress-report"),
                Set.of());
        Path file = args.value("--plan").map(Path::of).orElseThrow(() -> new CliArguments.CliUsageException("--plan"));
        Map<ExportKind, Path> wanted = new LinkedHashMap<>();
        args.value("--docx").ifPresent(p -> wanted.put(ExportKind.PLAN_DOCX, Path.of(p)));
        args.value("--xlsx").ifPresent(p -> wanted.put(ExportKind.WORKBOOK_XLSX, Path.of(p)));
        args.value("--progress-report").ifPresent(p -> wanted.put(ExportKind.PROGRESS_DOCX, Path.of(p)));
        if (wanted.isEmpty()) {
            throw new CliArguments.CliUsageException("--docx");
        }
        ReportService.prepare();
        try (PlanDatabase db = new PlanFiles(dataFolder.backups()).open(file)) {
            wanted.replaceAll((kind, path) -> kind.target(path));
            new ReportService(db, LocalDate::now).export(wanted, JobContext.silent()).forEach((kind, written) ->
                    output.result(Messages.get("cli.export.done", kind.label(), written.toAbsolutePath())));
        } catch (UserProblem e) {
            output.problem(e.title() + ": " + e.detail());
            return CommandLine.FILE_PROBLEM;
        }
        return CommandLine.OK;
    }
}
