package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.mviwerkboek.shared.ui.FormInputs;
import nl.mviwerkboek.shared.ui.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the real-window tests check of a dialog shown by the real toolkit under a window manager: it shows its
 * whole form (or scrolls it at the largest size the screen allows), lies on the screen, centred over its owner,
 * has the window focus with the first field focused, closes with Escape when untouched, asks
 * "Wijzigingen weggooien?" when something was typed, and ignores Enter while the form is invalid.
 */
final class RealWindows {

    /** How far a dialog's centre may lie from its owner's (window frames, rounding). */
    static final double CENTRE_TOLERANCE = 40;

    private RealWindows() {
    }

    /** Presses {@code button} as the keyboard would, without waiting (its handler waits for the dialog). */
    static void press(FxRobot robot, String button) {
        Button b = robot.lookup(button).queryButton();
        Platform.runLater(b::fire);
    }

    /** Chooses the menu item {@code id} as the keyboard would, without waiting. */
    static void pressMenuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu " + id));
        Platform.runLater(item::fire);
    }

    /** Waits for the window of the node {@code query} and until the window manager has stopped moving it. */
    static Window shown(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        Window window = robot.lookup(query).query().getScene().getWindow();
        settle(window);
        return window;
    }

    /** Waits (at most 5 s) until the bounds of {@code window} stayed the same for 0.4 s. */
    static void settle(Window window) {
        String last = "";
        long stableSince = System.nanoTime();
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
            String now = window.getX() + "," + window.getY() + "," + window.getWidth() + "," + window.getHeight();
            if (!now.equals(last)) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > 400_000_000L) {
                return;
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** The usable area of the screen {@code window} lies on. */
    static Rectangle2D screenOf(Window window) {
        List<Screen> on = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        return (on.isEmpty() ? Screen.getPrimary() : on.get(0)).getVisualBounds();
    }

    /** The dialog in {@code window} fits its content, lies on the screen and is centred over {@code owner}. */
    static void fitsAndIsPlaced(String name, Window window, Window owner) {
        fits(name, window);
        isPlaced(name, window, owner);
    }

    /** The window is at least as large as its content wants (or as the screen allows, the content scrolling). */
    static void fits(String name, Window window) {
        Scene scene = window.getScene();
        Region root = (Region) scene.getRoot();
        Rectangle2D screen = screenOf(window);
        double frameW = window.getWidth() - scene.getWidth();
        double frameH = window.getHeight() - scene.getHeight();
        double capW = screen.getWidth() * WindowPlacement.DIALOG_SHARE - frameW;
        double capH = screen.getHeight() * WindowPlacement.DIALOG_SHARE - frameH;
        double[] pref = new double[2];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            pref[0] = root.prefWidth(-1);
            pref[1] = root.prefHeight(scene.getWidth());
        });
        String at = name + " at " + (int) window.getX() + "," + (int) window.getY() + " " + (int) scene.getWidth()
                + "×" + (int) scene.getHeight() + " (content " + (int) pref[0] + "×" + (int) pref[1] + ", screen "
                + (int) screen.getWidth() + "×" + (int) screen.getHeight() + ")";
        System.out.println("real-window " + at);
        assertTrue(scene.getWidth() >= Math.min(pref[0], capW) - 2, "as wide as its content: " + at);
        assertTrue(scene.getHeight() >= Math.min(pref[1], capH) - 2, "as high as its content: " + at);
        if (scene.getHeight() < pref[1] - 2) {
            assertFalse(root.lookupAll(".scroll-pane").isEmpty(), "a form higher than the screen scrolls: " + at);
        }
    }

    /** The window lies on its screen, centred over {@code owner}. */
    static void isPlaced(String name, Window window, Window owner) {
        Rectangle2D screen = screenOf(window);
        String at = name + " at " + (int) window.getX() + "," + (int) window.getY() + " " + (int) window.getWidth()
                + "×" + (int) window.getHeight();
        assertTrue(window.getX() >= screen.getMinX() - 1 && window.getY() >= screen.getMinY() - 1
                && window.getX() + window.getWidth() <= screen.getMaxX() + 1
                && window.getY() + window.getHeight() <= screen.getMaxY() + 1, "on the screen: " + at);
        double dx = window.getX() + window.getWidth() / 2 - (owner.getX() + owner.getWidth() / 2);
        double dy = window.getY() + window.getHeight() / 2 - (owner.getY() + owner.getHeight() / 2);
        assertTrue(Math.abs(dx) <= CENTRE_TOLERANCE && Math.abs(dy) <= CENTRE_TOLERANCE,
                "centred over " + owner.getClass().getSimpleName() + " at " + (int) owner.getX() + ","
                        + (int) owner.getY() + " " + (int) owner.getWidth() + "×" + (int) owner.getHeight() + ": " + at);
    }

    /** The window has the keyboard focus, and within it a field of its form has it (never a button). */
    static void focusIsOnAField(String name, Window window) {
        waitUntil(window::isFocused);
        Node root = window.getScene().getRoot();
        Node content = root instanceof DialogPane pane && pane.getContent() != null ? pane.getContent() : root;
        List<Node> fields = FormInputs.of(content);
        Node focused = window.getScene().getFocusOwner();
        assertNotNull(focused, name + ": something has the focus");
        if (!fields.isEmpty()) { // a message or a question without fields has its default button focused
            assertFalse(focused instanceof ButtonBase && !fields.contains(focused), name + ": the focus is on a "
                    + "button: " + focused);
            assertTrue(fields.stream().anyMatch(f -> inside(focused, f)), name + ": the focus is on " + focused
                    + ", not on a field");
        }
        System.out.println("real-window " + name + " first focus " + focused.getClass().getSimpleName() + " "
                + focused.getId());
    }

    /** The first text field of the dialog in {@code window}, if it has one. */
    static Optional<TextInputControl> firstTextField(Window window) {
        return FormInputs.of(window.getScene().getRoot()).stream().filter(TextInputControl.class::isInstance)
                .map(TextInputControl.class::cast).filter(t -> t.isEditable() && !t.isDisabled()).findFirst();
    }

    /**
     * Opens a dialog with {@code open} and checks it all: fit and place, first focus, Escape closes it untouched;
     * then (when it has a text field) Enter does nothing while {@code emptyIsInvalid}, typed text makes Escape ask,
     * "Verder bewerken" keeps it, and "Weggooien" closes.
     */
    static void check(FxRobot robot, Window owner, String name, Runnable open, String pane, boolean emptyIsInvalid) {
        open.run();
        Window window = shown(robot, pane);
        fitsAndIsPlaced(name, window, owner);
        focusIsOnAField(name, window);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !window.isShowing() || robot.lookup("#discard-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#discard-dialog").tryQuery().isEmpty(), name + ": asked though nothing was typed");
        assertFalse(window.isShowing(), name + ": Escape closes an untouched dialog");
        if (firstTextField(window).isEmpty()) {
            return;
        }
        open.run();
        Window again = shown(robot, pane);
        waitUntil(again::isFocused);
        if (emptyIsInvalid) {
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(again.isShowing(), name + ": Enter on an invalid form submits it");
        }
        TextInputControl field = firstTextField(again).orElseThrow();
        robot.clickOn(field).type(KeyCode.M, KeyCode.V, KeyCode.I);
        waitUntil(() -> field.getText().contains("mvi"));
        String typed = field.getText();
        robot.type(KeyCode.ESCAPE);
        Window question = shown(robot, "#discard-dialog");
        DialogPane ask = (DialogPane) question.getScene().getRoot();
        assertEquals("Wijzigingen weggooien?", ask.getHeaderText(), name);
        fitsAndIsPlaced(name + " > discard question", question, again);
        robot.clickOn("#discard-keep");
        waitUntil(() -> !question.isShowing());
        assertTrue(again.isShowing(), name + ": Verder bewerken keeps the dialog");
        assertEquals(typed, field.getText(), name + ": Verder bewerken keeps the text");
        robot.type(KeyCode.ESCAPE);
        Window second = shown(robot, "#discard-dialog");
        robot.clickOn("#discard-confirm");
        waitUntil(() -> !second.isShowing() && !again.isShowing());
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
