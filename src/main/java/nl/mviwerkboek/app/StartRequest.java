package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.UnreadableNames;

/**
 * What the app was asked to open at start, from its arguments: a plan file (as the operating system passes
 * it when a {@code .mviplan} file is opened), {@code --sample} for the sample plan, {@code --smoke} to start
 * on the sample plan, report the time to the first frame and quit. Anything else (such as macOS's
 * {@code -psn_} argument) is ignored.
 */
public record StartRequest(Optional<Path> plan, boolean sample, boolean smoke) {

    /** The option that opens the sample plan. */
    public static final String SAMPLE = "--sample";
    /** The option for the smoke run. */
    public static final String SMOKE = "--smoke";

    /** Open the last plan, or show the welcome screen when there is none. */
    public static StartRequest lastPlan() {
        return new StartRequest(Optional.empty(), false, false);
    }

    /** Open a fresh copy of the sample plan. */
    public static StartRequest samplePlan() {
        return new StartRequest(Optional.empty(), true, false);
    }

    /** Open {@code file}. */
    public static StartRequest planFile(Path file) {
        return new StartRequest(Optional.of(file.toAbsolutePath().normalize()), false, false);
    }

    /**
     * Whether an argument is one the app itself takes at start (a plan file, a {@code file:} URI, {@code --sample},
     * {@code --smoke}, macOS's {@code -psn_…}); any other first argument is taken for a command.
     */
    public static boolean isAppArgument(String argument) {
        return argument.toLowerCase(Locale.ROOT).endsWith(".mviplan") || argument.startsWith("file:")
                || argument.startsWith("-psn_") || argument.equals(SAMPLE) || argument.equals(SMOKE);
    }

    /** Reads the arguments; the first plan file wins, and a plan file wins over {@code --sample}. */
    public static StartRequest parse(List<String> args) {
        Optional<Path> plan = args.stream().filter(a -> a.toLowerCase(Locale.ROOT).endsWith(".mviplan")).findFirst()
                .flatMap(StartRequest::path).map(p -> p.toAbsolutePath().normalize());
        boolean smoke = args.contains(SMOKE);
        return new StartRequest(smoke ? Optional.empty() : plan, smoke || (plan.isEmpty() && args.contains(SAMPLE)),
                smoke);
    }

    /** The plan file argument this system cannot make a path of (a name with ë under {@code LANG=C}), if any. */
    public static Optional<String> unreadablePlan(List<String> args) {
        return args.stream().filter(a -> a.toLowerCase(Locale.ROOT).endsWith(".mviplan")).findFirst()
                .filter(a -> path(a).isEmpty());
    }

    private static Optional<Path> path(String argument) {
        return UnreadableNames.path(argument.startsWith("file:") ? java.net.URI.create(argument).getPath() : argument);
    }
}
