package nl.mviwerkboek.shared.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's bounds and the file choosers' folders survive a restart; damaged values are ignored. */
class WindowSettingsTest {

    @TempDir
    Path home;

    @Test
    void theMainWindowIsRememberedAcrossARestart() {
        DataFolder folder = DataFolder.at(home);
        assertTrue(AppSettings.load(folder).mainWindow().isEmpty());
        AppSettings.load(folder).setMainWindow(new WindowBounds(1600, 40, 1500, 950, true));
        assertEquals(Optional.of(new WindowBounds(1600, 40, 1500, 950, true)), AppSettings.load(folder).mainWindow());
    }

    @Test
    void damagedBoundsGiveNoneInsteadOfAFailure() {
        assertEquals(Optional.empty(), WindowBounds.parse("1,2,drie,4,true"));
        assertEquals(Optional.empty(), WindowBounds.parse("1,2,3"));
        assertEquals(Optional.empty(), WindowBounds.parse("1,2,0,4,false"));
    }

    @Test
    void theLastFolderPerKindIsRememberedWhileItExists() throws Exception {
        DataFolder folder = DataFolder.at(home);
        Path exports = Files.createDirectories(home.resolve("exports"));
        AppSettings.load(folder).setLastFolder("import", exports);
        assertEquals(Optional.of(exports.toAbsolutePath().normalize()), AppSettings.load(folder).lastFolder("import"));
        assertTrue(AppSettings.load(folder).lastFolder("export").isEmpty());
        Files.delete(exports);
        assertTrue(AppSettings.load(folder).lastFolder("import").isEmpty());
    }
}
