package nl.mviwerkboek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real command line {@code import --plan P --file F --yes} in a child JVM on the test class path,
 * which a fault test kills without warning ({@code destroyForcibly}, SIGKILL on Linux).
 */
final class ImportChild {

    private final Process process;
    private final String fileName;
    private final Path wal;
    private final long started = System.nanoTime();
    private final CountDownLatch resultLine = new CountDownLatch(1);
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ImportChild(Process process, Path plan, Path file) {
        this.process = process;
        this.fileName = file.getFileName().toString();
        this.wal = plan.resolveSibling(plan.getFileName() + "-wal");
        this.reader = new Thread(this::readOutput, "import child output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the import; the child's standard error (logging included) goes to {@code errors}. */
    static ImportChild start(Path home, Path plan, Path file, Path errors) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Dstdout.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED", "-Dmvi.home=" + home,
                "-cp", System.getProperty("java.class.path"), "nl.mviwerkboek.app.Launcher",
                "import", "--plan", plan.toString(), "--file", file.toString(), "--yes");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new ImportChild(process, plan, file);
    }

    /**
     * The command prints its result ("crediteuren.csv: 200.000 regels geïmporteerd, …") only after the
     * import committed: the line on standard output that names the file.
     */
    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith(fileName)) {
                    resultLine.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed: its output simply ends
        }
    }

    /** Whether the result line was printed. */
    boolean printed() {
        return resultLine.getCount() == 0;
    }

    /** The size of the plan's write-ahead log now (0 when there is none). */
    long walBytes() {
        try {
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return 0; // removed in between by the closing child
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /**
     * Kills the child at once and waits until the operating system has ended it (its locks released)
     * and its output is read to the end; false when it had already ended by itself.
     */
    boolean kill() throws InterruptedException {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed import did not end within 60 s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return wasAlive;
    }

    int exitCode() {
        return process.exitValue();
    }

    String output() {
        return output.toString().strip();
    }
}
