package nl.mviwerkboek.spend;

import java.nio.file.Path;
import java.util.Optional;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A new plan in a temporary folder with its spend service, for import tests; closed after each test. */
abstract class SpendPlanTest {

    @TempDir
    Path dir;
    PlanDatabase db;
    SpendService spend;

    @BeforeEach
    void openPlan() throws Exception {
        db = TestPlans.create(dir, "plan.mviplan");
        spend = new SpendService(db);
    }

    @AfterEach
    void closePlan() {
        db.close();
    }

    /** Analyses a file as the wizard does and imports it with the proposed mapping. */
    ImportRecord importFile(Path file) throws Exception {
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        return spend.importJob(analysis, null).run(JobContext.silent());
    }
}
