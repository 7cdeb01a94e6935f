package nl.mviwerkboek.shared.ui;

import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The size of the whole UI (Ctrl+Plus, Ctrl+Minus, Ctrl+0): a percentage of the 14 px base font set as
 * {@code -fx-font-size} on the root of the main window and of every dialog, so that every size in em scales
 * with it (ADR 0032). One value for the app, as the language is.
 */
public final class Zoom {

    /** The steps Ctrl+Plus and Ctrl+Minus go through, in percent. */
    public static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};
    /** The base font size in px at 100 %. */
    public static final double BASE_PX = 14;
    private static final IntegerProperty PERCENT = new SimpleIntegerProperty(100);

    private Zoom() {
    }

    /** The current zoom in percent (one of {@link #STEPS}); FX thread. */
    public static IntegerProperty percentProperty() {
        return PERCENT;
    }

    /** Sets the zoom to the step nearest {@code percent}. */
    public static void set(int percent) {
        PERCENT.set(nearest(percent));
    }

    /** One step larger, up to 200 %. */
    public static void in() {
        int i = index(PERCENT.get());
        PERCENT.set(STEPS[Math.min(STEPS.length - 1, i + 1)]);
    }

    /** One step smaller, down to 80 %. */
    public static void out() {
        int i = index(PERCENT.get());
        PERCENT.set(STEPS[Math.max(0, i - 1)]);
    }

    /** Back to 100 %. */
    public static void reset() {
        PERCENT.set(100);
    }

    /** The root font size in px at {@code percent}. */
    public static double fontSize(int percent) {
        return BASE_PX * percent / 100.0;
    }

    /** Keeps the root of {@code scene} (also a root set later, as after a change of language) at the zoom. */
    public static void follow(Scene scene) {
        Runnable apply = () -> style(scene.getRoot());
        scene.rootProperty().addListener((o, old, now) -> apply.run());
        PERCENT.addListener(new javafx.beans.value.WeakChangeListener<>(listenerFor(scene)));
        apply.run();
    }

    private static javafx.beans.value.ChangeListener<Number> listenerFor(Scene scene) {
        javafx.beans.value.ChangeListener<Number> l = (o, old, now) -> style(scene.getRoot());
        scene.getProperties().put(Zoom.class, l); // held by the scene, so a closed dialog's scene can go
        return l;
    }

    private static void style(Parent root) {
        if (root != null) {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize(PERCENT.get())));
        }
    }

    private static int nearest(int percent) {
        return Arrays.stream(STEPS).boxed().min((a, b) -> Integer.compare(Math.abs(a - percent),
                Math.abs(b - percent))).orElse(100);
    }

    private static int index(int percent) {
        int near = nearest(percent);
        for (int i = 0; i < STEPS.length; i++) {
            if (STEPS[i] == near) {
                return i;
            }
        }
        return 2;
    }
}
