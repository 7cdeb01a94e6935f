package nl.mviwerkboek.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.mviwerkboek.overview.PlanSummary;
import nl.mviwerkboek.overview.SummaryService;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.DataFolder;
import nl.mviwerkboek.spend.SpendTotals;
import nl.mviwerkboek.spend.analysis.AnalysisCounts;

/** {@code summary --plan FILE [--json]}: the plan's profile and the count of every kind of record. */
final class SummaryCommand {

    private final CliOutput output;
    private final DataFolder dataFolder;

    SummaryCommand(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(List<String> options) throws PlanFileException {
        CliArguments args = CliArguments.parse(options, Set.of("--plan"), Set.of("--json"));
        Path file = args.value("--plan").map(Path::of)
                .orElseThrow(() -> new CliArguments.CliUsageException("--plan"));
        PlanSummary summary;
        try (PlanDatabase db = new PlanFiles(dataFolder.backups()).open(file)) {
            summary = new SummaryService(db).load().join();
        }
        output.result(args.flag("--json") ? Json.write(toMap(summary)) : text(summary));
        return CommandLine.OK;
    }

    /** The summary as the stable JSON structure scripts depend on. */
    static Map<String, Object> toMap(PlanSummary summary) {
        PlanProfile p = summary.profile();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", p.planName());
        plan.put("organisationType", p.organisationType().code());
        plan.put("periodStart", p.periodStart());
        plan.put("periodEnd", p.periodEnd());
        plan.put("themeSet", p.themeSet().code());
        plan.put("schemaVersion", summary.schemaVersion());
        plan.put("sample", p.sample());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", plan);
        Map<String, Object> counts = new TreeMap<>(summary.counts());
        counts.put("actionsByStatus", summary.run().actions().byStatus());
        root.put("counts", counts);
        SpendTotals spend = summary.spend();
        Map<String, Object> spendMap = new LinkedHashMap<>();
        spendMap.put("imports", spend.imports());
        spendMap.put("lines", spend.lines());
        spendMap.put("amountCents", spend.amountCents());
        spendMap.put("suppliers", spend.suppliers());
        spendMap.put("skippedRows", spend.skippedRows());
        Map<String, Object> byYear = new LinkedHashMap<>();
        spend.byYear().forEach((year, cents) -> byYear.put(String.valueOf(year), cents));
        spendMap.put("byYear", byYear);
        root.put("spend", spendMap);
        AnalysisCounts a = summary.analysis();
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("classifiedShare", Math.round(a.classifiedShare() * 10_000) / 10_000.0);
        analysis.put("productGroups", a.productGroups());
        analysis.put("focusGroups", a.focusGroups());
        analysis.put("contracts", a.contracts());
        analysis.put("thresholdSignals", a.thresholdSignals());
        root.put("analysis", analysis);
        return root;
    }

    private static String text(PlanSummary summary) {
        PlanProfile p = summary.profile();
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("cli.summary.plan", p.planName())).append('\n');
        sb.append(Messages.get("cli.summary.type", p.organisationType().label())).append('\n');
        sb.append(Messages.get("cli.summary.period", Formats.yearRange(p.periodStart(), p.periodEnd()))).append('\n');
        sb.append(Messages.get("cli.summary.themeSet", p.themeSet().label())).append('\n');
        SpendTotals spend = summary.spend();
        sb.append(Messages.get("cli.summary.spend", spend.lines(), Formats.amount(spend.amountCents()),
                spend.suppliers(), spend.imports())).append('\n');
        for (String key : PlanSummary.COUNT_KEYS) {
            sb.append(Messages.get("cli.summary.count", PlanSummary.countLabel(key), summary.count(key))).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
