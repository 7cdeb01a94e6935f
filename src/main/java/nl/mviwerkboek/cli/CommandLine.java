package nl.mviwerkboek.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.shared.db.DiskFullException;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.DiskSpaceTexts;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.settings.DataFolder;

/** Runs a command given on the command line ({@code new}, {@code summary}) without any window. */
public final class CommandLine {

    /** Exit code of a command that worked. */
    public static final int OK = 0;
    /** Exit code when the plan file could not be used. */
    public static final int FILE_PROBLEM = 1;
    /** Exit code when the command or its options were wrong. */
    public static final int USAGE = 2;
    /** Exit code when the file needs a decision first (mapping, year, importing the same file again). */
    public static final int NEEDS_DECISION = 3;

    private static final Logger LOG = Logger.getLogger(CommandLine.class.getName());
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    /** The command words, in the order the list of commands shows them. */
    static final List<String> COMMANDS = List.of("new", "summary", "import", "analyse", "export", "backup", "restore");

    private final CliOutput output;
    private final DataFolder dataFolder;

    /** A command line writing to {@code output}, keeping backups in {@code dataFolder}. */
    public CommandLine(CliOutput output, DataFolder dataFolder) {
        this.output = output;
        this.dataFolder = dataFolder;
    }

    /** Whether the first argument names a command rather than starting the app. */
    public static boolean isCommand(String firstArgument) {
        return HELP.contains(firstArgument) || COMMANDS.contains(firstArgument);
    }

    /** Runs the command and returns the process exit code. */
    public int run(String... args) {
        if (args.length == 0 || HELP.contains(args[0])) {
            output.result(Messages.get("cli.help"));
            return OK;
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        if (options.contains("--help") && COMMANDS.contains(args[0])) {
            output.result(Messages.get("cli." + args[0] + ".help"));
            return OK;
        }
        try {
            return switch (args[0]) {
                case "new" -> new NewCommand(output, dataFolder).run(options);
                case "summary" -> new SummaryCommand(output, dataFolder).run(options);
                case "import" -> new ImportCommand(output, dataFolder).run(options);
                case "analyse" -> new AnalyseCommand(output, dataFolder).run(options);
                case "export" -> new ExportCommand(output, dataFolder).run(options);
                case "backup", "restore" -> new BackupCommands(output, dataFolder).run(args[0], options);
                default -> unknownCommand(args[0]);
            };
        } catch (CliArguments.CliUsageException e) {
            return usage("cli.error.badOption", e.getMessage(), args[0]);
        } catch (PlanFileException e) {
            if (DiskFullException.isDiskFull(e)) {
                return diskFull(DiskFullException.of(e.file(), e));
            }
            output.problem(Messages.get(e.problem().key() + ".title") + ": " + e.file());
            output.problem(Messages.get(e.problem().key() + ".action"));
            return FILE_PROBLEM;
        } catch (java.nio.file.InvalidPathException e) {
            output.problem(nl.mviwerkboek.shared.i18n.UnreadableNames.title() + ": "
                    + nl.mviwerkboek.shared.i18n.UnreadableNames.message(e.getInput()));
            return FILE_PROBLEM;
        } catch (UserProblem e) {
            LOG.log(Level.INFO, "Command refused: " + e.getMessage(), e);
            output.problem(e.title() + ": " + e.detail());
            return FILE_PROBLEM;
        } catch (DiskFullException e) {
            return diskFull(e);
        } catch (Exception | Error e) {
            return failed(e);
        }
    }

    private int diskFull(DiskFullException e) {
        LOG.log(Level.WARNING, "Disk full", e);
        UserProblem full = DiskSpaceTexts.full(e.folder(), e.usableBytes());
        output.problem(full.title() + ": " + full.detail());
        return FILE_PROBLEM;
    }

    /** Anything else, an {@code Error} such as running out of memory too: a Dutch message, the details in the log. */
    int failed(Throwable e) {
        LOG.log(Level.SEVERE, "Command failed", e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                output.problem(Messages.get("cli.error.outOfMemory", Runtime.getRuntime().maxMemory() >> 20));
                return FILE_PROBLEM;
            }
        }
        output.problem(Messages.get("cli.error.unexpected", e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage(), dataFolder.logFile()));
        return FILE_PROBLEM;
    }

    private int unknownCommand(String word) {
        output.problem(Messages.get("cli.error.unknownCommand", word));
        CommandSuggestion.nearest(word, COMMANDS)
                .ifPresent(command -> output.problem(Messages.get("cli.error.didYouMean", command)));
        output.problem(Messages.get("cli.error.commands", String.join(", ", COMMANDS)));
        return USAGE;
    }

    private int usage(String key, Object... args) {
        output.problem(Messages.get(key, args));
        return USAGE;
    }
}
