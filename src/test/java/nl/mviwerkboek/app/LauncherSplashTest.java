package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The splash image of the packaged app (ADR 0031): drawn by the launcher on Linux and Windows, never on macOS. */
class LauncherSplashTest {

    @Test
    void theLinuxAndWindowsLaunchersDrawTheSplashAndSayThatTheyDid() throws Exception {
        for (String system : List.of("linux", "windows")) {
            List<String> options = Files.readAllLines(Path.of("packaging/jpackage/" + system + ".txt"));
            assertTrue(options.stream().anyMatch(l -> l.matches("--java-options \"-splash:\\$APPDIR.splash\\.png\"")),
                    system);
            assertTrue(options.contains("--java-options -D" + LauncherSplash.PROPERTY + "=true"), system);
        }
        assertFalse(Files.readString(Path.of("packaging/jpackage/mac.txt")).contains("--java-options \"-splash"),
                "macOS: -splash can hang a JavaFX app there");
        assertTrue(Files.readString(Path.of("pom.xml")).contains("packaging/splash/splash.png\" todir=\"${jpackage.input}\""),
                "the image is put beside the jar, where $APPDIR points");
        assertTrue(Files.readString(Path.of("packaging/linux/make-cds-archive.sh")).contains("-e -splash:"),
                "the archive run leaves the splash out ($APPDIR is not expanded there)");
    }

    @Test
    void theImageIsThe480By280PngThatFirstFrameShLooksFor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("packaging/splash/splash.png"))) {
            DataInputStream png = new DataInputStream(in);
            assertEquals(0x89504E47, png.readInt(), "a PNG");
            png.skipBytes(12); // rest of the signature, IHDR length and type
            assertEquals(480, png.readInt());
            assertEquals(280, png.readInt());
        }
        assertTrue(Files.readString(Path.of("packaging/linux/first-frame.sh")).contains("480x280"));
    }

    @Test
    void headlessRunsAndStartsWithoutASplashNeverTouchIt() {
        assertFalse(LauncherSplash.close(), "no -Dmvi.splash: nothing to close");
        System.setProperty(LauncherSplash.PROPERTY, "true");
        try {
            assertFalse(LauncherSplash.close(), "headless (the tests): nothing loaded, nothing thrown");
        } finally {
            System.clearProperty(LauncherSplash.PROPERTY);
        }
    }
}
