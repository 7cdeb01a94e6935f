package nl.mviwerkboek.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.AnalysisService;
import nl.mviwerkboek.spend.analysis.SpendPicture;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.priority.GroupPriority;
import nl.mviwerkboek.spend.priority.PriorityPicture;
import nl.mviwerkboek.spend.priority.PriorityService;

/**
 * {@code analyse --plan FILE [--json] [--year Y]}: spend per product group, top suppliers, ABC classes,
 * classified share, EU-threshold signals and the priority list. Lines waiting for classification (a plan
 * from an older version) are classified first.
 */
final class AnalyseCommand {

    private final CliOutput output;
    private final DataFolder dataFolder;

    AnalyseCommand(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(List<String> options) throws PlanFileException {
        CliArguments args = CliArguments.parse(options, Set.of("--plan", "--year"), Set.of("--json"));
        Path file = args.value("--plan").map(Path::of)
                .orElseThrow(() -> new CliArguments.CliUsageException("--plan"));
        Integer year = args.value("--year").map(y -> {
            if (!y.matches("\\d{4}")) {
                throw new CliArguments.CliUsageException("--year");
            }
            return Integer.valueOf(y);
        }).orElse(null);
        AnalysisFilter filter = AnalysisFilter.ALL.withYear(year);
        SpendPicture spend;
        PriorityPicture priorities;
        try (PlanDatabase db = new PlanFiles(dataFolder.backups()).open(file)) {
            GroupsService groups = new GroupsService(db);
            if (groups.needsClassification().join()) {
                groups.reclassify(JobContext.silent()).join();
            }
            spend = db.read(c -> AnalysisService.read(c, filter)).join();
            priorities = db.read(c -> PriorityService.picture(c, filter)).join();
        }
        output.result(args.flag("--json") ? Json.write(AnalysisJson.toMap(spend, priorities))
                : text(spend, priorities));
        return CommandLine.OK;
    }

    private static String text(SpendPicture spend, PriorityPicture priorities) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("cli.analyse.total", Formats.amount(spend.totalCents()),
                Formats.percent(spend.share().byAmount()))).append('\n');
        for (Map<String, Object> g : AnalysisJson.groups(spend)) {
            sb.append(Messages.get("cli.analyse.group", g.get("name"), Formats.amount((Long) g.get("cents"))))
                    .append('\n');
        }
        sb.append(Messages.get("cli.analyse.pareto", Formats.percent(spend.pareto().supplierShareFor80())))
                .append('\n');
        sb.append(Messages.get("cli.analyse.signals", spend.signals().size())).append('\n');
        for (GroupPriority p : priorities.groups()) {
            sb.append(Messages.get("cli.analyse.priority", p.rank(), p.group().name(), p.priority().label()))
                    .append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
