package nl.mviwerkboek.shared.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nl.mviwerkboek.shared.ui.WindowPlacement.Box;

/**
 * What every dialog and extra window of the app does, set up with one call: resizable, as large as its form
 * (never larger than its screen, the form scrolling inside), centred over its owner with its title bar on the
 * screen, the focus on the first field, Enter on a focused button presses that button, and typed input is
 * only thrown away after asking ({@link DiscardGuard}). On Linux the owner is blocked by the app instead
 * of the window system, which otherwise takes a maximised owner out of its maximised state (JDK-8332222).
 */
public final class DialogWindows {

    /** Smallest size a dialog can be made, so that it never shrinks to a bare title bar. */
    static final double MIN_WIDTH = 360;
    static final double MIN_HEIGHT = 200;
    private static final boolean APP_BLOCKS_OWNER = System.getProperty("os.name", "").startsWith("Linux");

    private DialogWindows() {
    }

    /** Sets up {@code dialog} (after its content and buttons, before it is shown); returns it. */
    public static <D extends Dialog<?>> D prepare(D dialog) {
        dialog.setResizable(true);
        if (APP_BLOCKS_OWNER) {
            dialog.initModality(Modality.NONE);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.addEventFilter(KeyEvent.KEY_PRESSED, DialogWindows::enterPressesFocusedButton);
        Zoom.follow(pane.getScene());
        Window window = pane.getScene().getWindow();
        if (window instanceof Stage stage) { // before it is shown: set later, some window systems resize to it
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Optional<Window> owner = Optional.ofNullable(dialog.getOwner());
            if (APP_BLOCKS_OWNER) {
                OwnerBlock.whileShowing(window, owner);
            }
            double width = pane.prefWidth(-1);
            double height = pane.prefHeight(width);
            double minWidth = Math.max(MIN_WIDTH, pane.minWidth(-1));
            // once the window system has taken the new window: resized during WINDOW_SHOWN, GTK shrinks it
            Platform.runLater(() -> scrollWhenCut(pane, place(window, owner, width, height, minWidth)));
            window.requestFocus();
            focusFirstField(pane);
            DiscardGuard.install(dialog, window);
        });
        return dialog;
    }

    /**
     * Tells a prepared dialog that its form was put in after it was shown (the import wizard fills itself when
     * its file is read): the focus goes to the first field, and only what is typed from now on counts as input.
     */
    public static void formReplaced(Dialog<?> dialog) {
        DiscardGuard.rebase(dialog);
        if (dialog.isShowing()) {
            focusFirstField(dialog.getDialogPane());
        }
    }

    /**
     * Sets up a window of the app that is no dialog (the guide): placed like a dialog at about
     * {@code width} × {@code height}, closed with Escape.
     */
    public static Stage prepare(Stage stage, double width, double height) {
        if (stage.getScene() != null) {
            Zoom.follow(stage.getScene());
        }
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            place(stage, Optional.ofNullable(stage.getOwner()), width, height, MIN_WIDTH);
            stage.requestFocus(); // a window manager may leave the keys with the owner: Escape must reach this one
        }));
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // a filter: a focused list would take Escape itself
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        return stage;
    }

    /** The usable areas of the connected screens, the primary one first. */
    public static List<Box> screens() {
        List<Box> all = new java.util.ArrayList<>(List.of(box(Screen.getPrimary().getVisualBounds())));
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> all.add(box(s.getVisualBounds())));
        return all;
    }

    /** The outer bounds of {@code window}. */
    public static Box box(Window window) {
        return new Box(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }

    private static Box box(javafx.geometry.Rectangle2D r) {
        return new Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** Sizes and moves {@code window} as {@link WindowPlacement#dialog} says; returns the height its scene gets. */
    private static double place(Window window, Optional<Window> owner, double prefWidth, double prefHeight,
                                double minWidth) {
        Scene scene = window.getScene();
        double frameWidth = Math.max(0, window.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, window.getHeight() - scene.getHeight());
        Box at = WindowPlacement.dialog(owner.map(DialogWindows::box), screens(), prefWidth + frameWidth,
                prefHeight + frameHeight, minWidth + frameWidth, MIN_HEIGHT);
        window.setWidth(at.width());
        window.setHeight(at.height());
        window.setX(at.x());
        window.setY(at.y());
        return at.height() - frameHeight;
    }

    /**
     * Puts a form that does not fit the (screen-limited) height {@code sceneHeight} in a scroll pane. Decided on the
     * height asked for, not the scene's current one: a real window system applies the new size later (GTK), and a
     * form wrapped needlessly loses its focused field to the first button. The focused field keeps the focus.
     */
    private static void scrollWhenCut(DialogPane pane, double sceneHeight) {
        Node content = pane.getContent();
        if (content == null || content instanceof ScrollPane || content instanceof TableView<?>) {
            return;
        }
        double room = sceneHeight - (pane.prefHeight(-1) - content.prefHeight(-1));
        if (content.prefHeight(-1) > room + 1) {
            Node focused = pane.getScene().getFocusOwner();
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            pane.setContent(scroll);
            scroll.applyCss(); // makes the scroll pane's skin now, which puts the form back in the scene
            if (focused != null && focused.getScene() == pane.getScene()) {
                focused.requestFocus();
            }
        }
    }

    private static void focusFirstField(DialogPane pane) {
        Runnable focus = () -> FormInputs.firstToFill(pane.getContent() == null ? pane : pane.getContent())
                .ifPresent(Node::requestFocus);
        focus.run();
        Platform.runLater(focus); // the dialog focuses its default button once shown; the field wins
    }

    private static void enterPressesFocusedButton(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Button b && b.isFocused()
                && !b.isDefaultButton() && !b.isDisabled()) {
            e.consume();
            b.fire();
        }
    }
}
