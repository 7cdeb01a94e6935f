package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestPlans;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests that type into every field share: opening a chapter, typing into a text area, reopening the plan. */
final class FormTyping {

    private FormTyping() {
    }

    /** Shows {@code chapter} once the plan is open and waits for {@code loaded}. */
    static void open(AppFixture app, FxRobot robot, Chapter chapter, String loaded) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
        waitUntil(() -> robot.lookup(loaded).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a text area and leaves it with Tab (Ctrl+Tab would type a tab). */
    static void area(FxRobot robot, String field, String text) {
        AppFixture.scrollIntoView(robot, field);
        robot.clickOn(field);
        robot.interact(() -> robot.lookup(field).queryTextInputControl().selectAll());
        robot.write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the plan in the app, opens the file {@code plan} in {@code dir} anew and reads it with {@code read}. */
    static <T> T reopened(AppFixture app, Path dir, Path plan, Function<PlanDatabase, T> read) throws Exception {
        PlanSession session = app.window().workbench().sessionProperty().get();
        session.db().write(c -> null).join();
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] closed = new CompletableFuture[1];
        WaitForAsyncUtils.asyncFx(() -> closed[0] = app.window().workbench().closePlan()).get();
        closed[0].get(15, TimeUnit.SECONDS);
        try (PlanDatabase db = TestPlans.files(dir).open(plan)) {
            return read.apply(db);
        }
    }
}
