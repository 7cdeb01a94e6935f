package nl.mviwerkboek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.exchange.SheetInfo;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.HeaderSummary;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.ImportOverlap;
import nl.mviwerkboek.spend.ImportOverlapException;
import nl.mviwerkboek.spend.ImportProblem;
import nl.mviwerkboek.spend.ImportRecord;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.spend.parse.SpendField;

/** {@code import --plan PLAN --file FILE [--sheet NAME] [--mapping MAPPING.json] [--year 2025] [--yes]}. */
final class ImportCommand {

    private final CliOutput output;
    private final DataFolder dataFolder;

    ImportCommand(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(List<String> options) throws Exception {
        CliArguments args = CliArguments.parse(options, Set.of("--plan", "--file", "--sheet", "--mapping", "--year"),
                Set.of("--yes"));
        Path planFile = args.value("--plan").map(Path::of).orElseThrow(() -> new CliArguments.CliUsageException("--plan"));
        Path file = args.value("--file").map(Path::of).orElseThrow(() -> new CliArguments.CliUsageException("--file"));
        Integer year = args.value("--year").map(ImportCommand::year).orElse(null);
        try (PlanDatabase db = new PlanFiles(dataFolder.backups()).open(planFile)) {
            SpendService spend = new SpendService(db);
            ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
            if (args.value("--sheet").isPresent()) {
                int sheet = sheetIndex(analysis.sheets(), args.value("--sheet").get());
                if (sheet < 0) {
                    return decision("cli.import.noSheet", args.value("--sheet").get(),
                            String.join(", ", analysis.sheets().stream().map(SheetInfo::name).toList()));
                }
                analysis = spend.analyse(file, Optional.of(sheet), Optional.empty()).run(JobContext.silent());
            }
            if (args.value("--mapping").isPresent()) {
                Path mappingFile = Path.of(args.value("--mapping").get());
                try {
                    analysis = analysis.withMapping(MappingFile.parse(Files.readAllBytes(mappingFile),
                            analysis.header()));
                } catch (MappingFile.MappingProblem e) {
                    output.problem(mappingFile + ": " + e.getMessage());
                    return CommandLine.NEEDS_DECISION;
                } catch (java.io.IOException e) {
                    return decision("cli.mapping.unreadable", mappingFile);
                }
            }
            List<SpendField> missing = analysis.mapping().missing(year != null);
            if (!missing.isEmpty()) {
                return decision("cli.import.missing", String.join(", ", missing.stream().map(SpendField::label)
                        .toList()), HeaderSummary.of(analysis.header()));
            }
            Optional<ImportRecord> earlier = spend.earlierImport(analysis.sha256()).join();
            if (earlier.isPresent() && !args.flag("--yes")) {
                return decision("cli.import.again", earlier.get().importedOn());
            }
            ImportRecord record;
            try {
                record = spend.importJob(analysis, year, args.flag("--yes")).run(JobContext.silent());
            } catch (ImportOverlapException e) {
                ImportOverlap o = e.overlap();
                return decision("cli.import.overlap", o.earlier().fileName(), o.earlier().importedOn(), o.details());
            }
            report(record, spend.problems(record.id()).join());
            return CommandLine.OK;
        } catch (ImportFileException e) {
            output.problem(e.title() + ": " + e.file());
            if (!e.where().isEmpty()) {
                output.problem(e.where());
            }
            output.problem(e.action());
            return CommandLine.FILE_PROBLEM;
        }
    }

    private void report(ImportRecord r, List<ImportProblem> problems) {
        output.result(Messages.get("cli.import.done", r.fileName(), r.rowsImported(), r.skippedText(),
                Formats.amount(r.totalCents()),
                r.firstDate() == null ? "-" : Formats.date(r.firstDate()),
                r.lastDate() == null ? "-" : Formats.date(r.lastDate())));
        for (ImportProblem p : problems.stream().limit(20).toList()) {
            output.result(Messages.get("cli.import.problem", Formats.number(p.row()),
                    p.column() == null ? "-" : p.column(), p.value() == null ? "" : p.value(), p.reason().label()));
        }
        if (problems.size() > 20) {
            output.result(Messages.get("cli.import.moreProblems", problems.size() - 20));
        }
    }

    private int decision(String key, Object... args) {
        output.problem(Messages.get(key, args));
        return CommandLine.NEEDS_DECISION;
    }

    private static int sheetIndex(List<SheetInfo> sheets, String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).mapToInt(SheetInfo::index)
                .findFirst().orElse(-1);
    }

    private static int year(String text) {
        if (!text.matches("\\d{4}")) {
            throw new CliArguments.CliUsageException("--year");
        }
        return Integer.parseInt(text);
    }
}
