package nl.mviwerkboek.app;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The splash image the packaged app's launcher draws before Java starts ({@code -splash:}, Linux and Windows;
 * ADR 0031), closed once the main window has drawn its first frame. Only touched when the launcher says it
 * showed one ({@code -Dmvi.splash=true}), so headless runs, tests and macOS never load it.
 */
final class LauncherSplash {

    /** The system property the launcher sets beside {@code -splash:}. */
    static final String PROPERTY = "mvi.splash";

    private static final Logger LOG = Logger.getLogger(LauncherSplash.class.getName());

    private LauncherSplash() {
    }

    /** Closes the splash if this start has one still shown; true when it did. */
    static boolean close() {
        if (!Boolean.getBoolean(PROPERTY) || GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash == null || !splash.isVisible()) {
                return false;
            }
            splash.close();
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Splash image not closed", e); // it closes with the process at the latest
            return false;
        }
    }
}
