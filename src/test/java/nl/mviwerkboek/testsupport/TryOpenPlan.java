package nl.mviwerkboek.testsupport;

import java.nio.file.Path;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanFileException;

/** Another app in a child JVM: tries to open a plan once and prints "opened" or the refusal's problem. */
public final class TryOpenPlan {

    private TryOpenPlan() {
    }

    public static void main(String[] args) {
        try (PlanDatabase db = new PlanFiles(Path.of(args[1])).open(Path.of(args[0]))) {
            System.out.println("result opened " + db.file());
        } catch (PlanFileException e) {
            System.out.println("result " + e.problem());
        }
        System.out.flush();
    }

    /** Runs this main in a child JVM with the test's class path and temp folder; returns its result line. */
    public static String inChild(Path plan, Path backups) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), TryOpenPlan.class.getName(),
                plan.toString(), backups.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        child.waitFor();
        return output.lines().filter(l -> l.startsWith("result ")).findFirst().orElse(output);
    }
}
