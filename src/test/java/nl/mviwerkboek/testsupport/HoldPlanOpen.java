package nl.mviwerkboek.testsupport;

import java.nio.file.Path;
import nl.mviwerkboek.plan.PlanFiles;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** A stand-in for a running app: opens a plan, says so, and keeps it open until it is killed. */
public final class HoldPlanOpen {

    private HoldPlanOpen() {
    }

    public static void main(String[] args) throws Exception {
        PlanDatabase db = new PlanFiles(Path.of(args[1])).open(Path.of(args[0]));
        db.write(c -> c.createStatement().executeUpdate("UPDATE plan SET inhabitants = 777")).join();
        System.out.println("open " + db.file());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
