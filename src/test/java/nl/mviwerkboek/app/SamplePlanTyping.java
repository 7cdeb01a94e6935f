package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The window on a fresh copy of the sample plan per test, for the tests that type into every field. */
abstract class SamplePlanTyping {

    static final String NO_SUCH_DAY = "⚠ Die datum bestaat niet; kijk de dag en de maand na.";

    @TempDir
    static Path dir;
    Path plan;
    AppFixture app;

    /** Call from the test class's own {@code @Start} method: TestFX looks for it only in the class itself. */
    void startOnSample(Stage stage) throws Exception {
        String name = "plan-" + System.nanoTime() + ".mviplan";
        TestPlans.sample(dir, name).close();
        plan = dir.resolve(name);
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.of(plan));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }
}
