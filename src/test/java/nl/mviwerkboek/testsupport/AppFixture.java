package nl.mviwerkboek.testsupport;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import nl.mviwerkboek.app.AppWindow;
import nl.mviwerkboek.app.StartRequest;
import nl.mviwerkboek.shared.settings.DataFolder;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a test data folder, and waits for background work in UI tests. */
public final class AppFixture {

    private final AppWindow window;
    private final TestDialogs dialogs;

    private AppFixture(AppWindow window, TestDialogs dialogs) {
        this.window = window;
        this.dialogs = dialogs;
    }

    /** Shows the window in {@code stage} with its data folder in {@code home}; opens {@code plan} or the sample. */
    public static AppFixture start(Stage stage, Path home, Optional<Path> plan) {
        return start(stage, home, plan.map(StartRequest::planFile).orElse(StartRequest.samplePlan()));
    }

    /** Shows the window in {@code stage} with its data folder in {@code home}, started as {@code request} asks. */
    public static AppFixture start(Stage stage, Path home, StartRequest request) {
        TestDialogs[] made = new TestDialogs[1];
        AppWindow window = AppWindow.show(stage, DataFolder.at(home), request, owner -> made[0] = new TestDialogs(owner));
        return new AppFixture(window, made[0]);
    }

    public AppWindow window() {
        return window;
    }

    public TestDialogs dialogs() {
        return dialogs;
    }

    /** Waits until the plan is open and its first page has loaded. */
    public AppFixture awaitPlan() {
        waitUntil(() -> window.workbench().sessionProperty().get() != null);
        return this;
    }

    /** Selects the tab {@code tabId} of the tab pane found by {@code pane}. */
    public static void selectTab(FxRobot robot, String pane, String tabId) {
        javafx.scene.control.TabPane tabs = robot.lookup(pane).queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page that holds the node found by {@code query} until the node is on screen. */
    public static void scrollIntoView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses a dialog's cancel button ({@code cancelQuery}) and, when the dialog asks whether to throw away
     * what was typed, says yes.
     */
    public static void cancelDialog(FxRobot robot, String cancelQuery) {
        robot.clickOn(cancelQuery);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#discard-confirm").tryQuery().isPresent()) {
            robot.clickOn("#discard-confirm");
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Waits (at most 15 s) until a condition holds, letting FX events run. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> holds(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether {@code condition} holds now; a lookup that raced with the FX thread changing the scene (TestFX
     * walks the scene graph from the test thread) counts as "not yet" and is asked again.
     */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException e) {
            return false;
        }
    }
}
