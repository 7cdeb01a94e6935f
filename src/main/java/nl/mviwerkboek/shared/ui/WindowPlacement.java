package nl.mviwerkboek.shared.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where windows go, as pure arithmetic on screen rectangles (the screens' usable areas, without task bars):
 * the main window at about 85 % of its screen and centred, or where the user left it when that spot is still
 * on a connected screen; a dialog at its preferred size but never larger than its screen, centred over its
 * owner and moved inside the screen so that its title bar stays visible.
 */
public final class WindowPlacement {

    /** Share of the screen the main window takes when it opens for the first time. */
    public static final double MAIN_SHARE = 0.85;
    /** Share of the screen a dialog may take at most; larger forms scroll inside. */
    public static final double DIALOG_SHARE = 0.9;
    /** How much of a remembered window's title bar must lie on a screen to restore it there. */
    static final double TITLE_BAR = 32;
    static final double TITLE_BAR_VISIBLE = 120;

    private WindowPlacement() {
    }

    /** A rectangle on the desktop: left, top, width and height in pixels. */
    public record Box(double x, double y, double width, double height) {

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }

        double overlap(Box other) {
            double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }

        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /**
     * The main window: the remembered bounds when their title bar still lies on one of {@code screens}
     * (size kept within that screen), otherwise {@link #MAIN_SHARE} of {@code primary}, centred; never
     * smaller than {@code minWidth} × {@code minHeight} unless the screen itself is smaller.
     */
    public static Box mainWindow(List<Box> screens, Box primary, Optional<Box> remembered, double minWidth,
                                 double minHeight) {
        Optional<Box> screen = remembered.flatMap(r -> titleBarScreen(r, screens));
        if (screen.isPresent()) {
            Box s = screen.get();
            Box r = remembered.get();
            double w = fit(r.width(), minWidth, s.width());
            double h = fit(r.height(), minHeight, s.height());
            return inside(new Box(r.x(), r.y(), w, h), s);
        }
        double w = fit(primary.width() * MAIN_SHARE, minWidth, primary.width());
        double h = fit(primary.height() * MAIN_SHARE, minHeight, primary.height());
        return centred(w, h, primary, primary);
    }

    /**
     * A dialog of preferred size {@code prefWidth} × {@code prefHeight} over {@code owner} (empty: over the
     * primary screen, the first of {@code screens}): at most {@link #DIALOG_SHARE} of the owner's screen,
     * at least the minimum that fits that screen, centred over the owner and moved inside the screen.
     */
    public static Box dialog(Optional<Box> owner, List<Box> screens, double prefWidth, double prefHeight,
                             double minWidth, double minHeight) {
        Box screen = owner.map(o -> screenOf(o, screens)).orElse(screens.get(0));
        double w = fit(prefWidth, minWidth, screen.width() * DIALOG_SHARE);
        double h = fit(prefHeight, minHeight, screen.height() * DIALOG_SHARE);
        return centred(w, h, owner.orElse(screen), screen);
    }

    /** The screen {@code window} lies on most (its centre's screen when it lies on none): the first if none. */
    public static Box screenOf(Box window, List<Box> screens) {
        return screens.stream().filter(s -> s.overlap(window) > 0)
                .max(Comparator.comparingDouble(s -> s.overlap(window)))
                .or(() -> screens.stream().filter(s -> s.contains(window.centerX(), window.centerY())).findFirst())
                .orElse(screens.get(0));
    }

    /** The screen that shows enough of {@code window}'s title bar to grab it with the mouse, if any. */
    public static Optional<Box> titleBarScreen(Box window, List<Box> screens) {
        Box bar = new Box(window.x(), window.y(), window.width(), TITLE_BAR);
        double needed = Math.min(TITLE_BAR_VISIBLE, window.width()) * TITLE_BAR;
        return screens.stream().filter(s -> s.overlap(bar) >= needed)
                .max(Comparator.comparingDouble(s -> s.overlap(bar)));
    }

    private static Box centred(double w, double h, Box over, Box screen) {
        return inside(new Box(over.centerX() - w / 2, over.centerY() - h / 2, w, h), screen);
    }

    /** {@code b} moved (not resized) so that it lies within {@code screen}, its top-left corner first. */
    static Box inside(Box b, Box screen) {
        double x = Math.max(screen.x(), Math.min(b.x(), screen.x() + screen.width() - b.width()));
        double y = Math.max(screen.y(), Math.min(b.y(), screen.y() + screen.height() - b.height()));
        return new Box(Math.round(x), Math.round(y), Math.round(b.width()), Math.round(b.height()));
    }

    /** {@code wanted}, at least {@code min}, at most {@code max} (the screen wins over the minimum). */
    private static double fit(double wanted, double min, double max) {
        return Math.min(Math.max(wanted, min), max);
    }
}
