package nl.mviwerkboek.app;

import javafx.application.Application;
import nl.mviwerkboek.cli.CliOutput;
import nl.mviwerkboek.cli.CommandLine;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;

/**
 * The entry point of the jar: with a command ({@code new}, {@code summary}, {@code --help}) it runs
 * that command without a window, and so it answers an unknown command word; with nothing, a plan file or
 * the app's own options it starts the app. It does not extend Application, so
 * JavaFX can be loaded from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Starts the command line or the app. */
    public static void main(String[] args) {
        if (runsCommand(args)) {
            DataFolder folder = DataFolder.resolve();
            StartupChores.run(folder);
            AppLogging.configureForCommandLine(folder);
            Messages.setLocale(AppSettings.load(folder).language());
            System.exit(new CommandLine(CliOutput.console(), folder).run(args));
        }
        Application.launch(MviWerkboekApp.class, args);
    }

    /**
     * Whether the arguments ask for a command line run (a command word, also a mistyped one, which is then
     * answered with the list of commands) rather than the app (nothing, a plan file or the app's own options).
     */
    static boolean runsCommand(String... args) {
        return args.length > 0 && (CommandLine.isCommand(args[0]) || !StartRequest.isAppArgument(args[0]));
    }
}
