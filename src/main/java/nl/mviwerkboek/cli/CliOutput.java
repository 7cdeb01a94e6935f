package nl.mviwerkboek.cli;

import java.io.PrintStream;

/** The only place that writes to the console: results to standard output, problems to standard error. */
public final class CliOutput {

    private final PrintStream out;
    private final PrintStream err;

    /** Output to the given streams (tests pass their own). */
    public CliOutput(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Output to the process's console. */
    public static CliOutput console() {
        return new CliOutput(System.out, System.err);
    }

    /** Prints a result line. */
    public void result(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints a problem line. */
    public void problem(String text) {
        err.println(text);
        err.flush();
    }
}
