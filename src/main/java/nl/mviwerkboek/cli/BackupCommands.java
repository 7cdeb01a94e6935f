package nl.mviwerkboek.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.mviwerkboek.backup.BackupService;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.settings.DataFolder;

/**
 * {@code backup --plan P [--to FILE]}: a verified backup (in the data folder's {@code backups/} unless
 * {@code --to} says where), its path printed; {@code restore --backup B --to NEW.mviplan}: the backup as a
 * new plan file, never over an existing one.
 */
final class BackupCommands {

    private final CliOutput output;
    private final DataFolder dataFolder;

    BackupCommands(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    int run(String command, List<String> options) throws PlanFileException, UserProblem {
        BackupService service = new BackupService(dataFolder.backups(), LocalDateTime::now);
        if (command.equals("backup")) {
            CliArguments args = CliArguments.parse(options, Set.of("--plan", "--to"), Set.of());
            Path plan = Path.of(args.value("--plan").orElseThrow(() -> new CliArguments.CliUsageException("--plan")));
            try (PlanDatabase db = new PlanFiles(dataFolder.backups()).open(plan)) {
                Path made = args.value("--to").isPresent() ? service.backup(db, Path.of(args.value("--to").get()))
                        : service.backup(db);
                output.result(made.toString());
            }
            return CommandLine.OK;
        }
        CliArguments args = CliArguments.parse(options, Set.of("--backup", "--to"), Set.of());
        Path backup = Path.of(args.value("--backup").orElseThrow(() -> new CliArguments.CliUsageException("--backup")));
        Path target = Path.of(args.value("--to").orElseThrow(() -> new CliArguments.CliUsageException("--to")));
        output.result(Messages.get("cli.restore.done", service.restore(backup, target, null)));
        return CommandLine.OK;
    }
}
