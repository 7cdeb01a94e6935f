package nl.mviwerkboek.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Set;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileRules;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.sample.SamplePlan;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.DataFolder;

/** {@code new --plan FILE [--sample] [--name N] [--type T] [--period 2026-2029] [--themes SET]}. */
final class NewCommand {

    private final CliOutput output;
    private final DataFolder dataFolder;

    NewCommand(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(List<String> options) throws PlanFileException {
        CliArguments args = CliArguments.parse(options,
                Set.of("--plan", "--name", "--type", "--period", "--themes"), Set.of("--sample"));
        Path file = args.value("--plan").map(Path::of)
                .orElseThrow(() -> new CliArguments.CliUsageException("--plan"));
        PlanFiles files = new PlanFiles(dataFolder.backups());
        try (PlanDatabase db = args.flag("--sample") ? SamplePlan.open(file, files)
                : files.create(file, profile(args, file))) {
            output.result(Messages.get("cli.new.created", db.file()));
        }
        return CommandLine.OK;
    }

    private static PlanProfile profile(CliArguments args, Path file) {
        String name = args.value("--name").orElse(file.getFileName().toString().replaceFirst("\\.mviplan$", ""));
        int start = Year.now().getValue();
        int end = start + 3;
        if (args.value("--period").isPresent()) {
            String[] years = args.value("--period").get().split("-");
            if (years.length != 2 || ProfileRules.checkYear(years[0]).isPresent()
                    || ProfileRules.checkYear(years[1]).isPresent()) {
                throw new CliArguments.CliUsageException("--period");
            }
            start = Integer.parseInt(years[0]);
            end = Integer.parseInt(years[1]);
            if (ProfileRules.checkPeriod(start, end).isPresent()) {
                throw new CliArguments.CliUsageException("--period");
            }
        }
        try {
            OrganisationType type = OrganisationType.fromCode(args.value("--type").orElse("gemeente"));
            ThemeSet themes = ThemeSet.fromCode(args.value("--themes").orElse("manifest_2022"));
            return PlanProfile.of(name, type, start, end, themes);
        } catch (IllegalArgumentException e) {
            throw new CliArguments.CliUsageException(args.value("--type").isPresent() ? "--type" : "--themes");
        }
    }
}
