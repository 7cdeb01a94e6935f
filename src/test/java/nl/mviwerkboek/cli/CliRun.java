package nl.mviwerkboek.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.mviwerkboek.shared.settings.DataFolder;

/** Runs commands as the jar would, collecting what they print on standard output and standard error. */
final class CliRun {

    private final Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRun(Path home) {
        this.home = home;
    }

    int run(String... args) {
        CliOutput output = new CliOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(output, DataFolder.at(home)).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    void resetOut() {
        out.reset();
    }

    void resetErr() {
        err.reset();
    }
}
