package nl.mviwerkboek.shared.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void eachOperatingSystemHasItsUsualPlace() {
        assertEquals(Path.of("C:/Users/anna/AppData/Local", "MVI Werkboek"),
                DataFolder.resolvePath(null, "Windows 11", HOME, Map.of("LOCALAPPDATA", "C:/Users/anna/AppData/Local")));
        assertEquals(HOME.resolve("Library/Application Support/MVI Werkboek"),
                DataFolder.resolvePath(null, "Mac OS X", HOME, Map.of()));
        assertEquals(HOME.resolve(".local/share/mvi-werkboek"), DataFolder.resolvePath(null, "Linux", HOME, Map.of()));
        assertEquals(Path.of("/data/xdg/mvi-werkboek"),
                DataFolder.resolvePath(null, "Linux", HOME, Map.of("XDG_DATA_HOME", "/data/xdg")));
    }

    @Test
    void overridePropertyWins() {
        assertEquals(Path.of("/tmp/mvi"), DataFolder.resolvePath("/tmp/mvi", "Windows 11", HOME, Map.of()));
    }

    @Test
    void subfoldersAreMadeOnUse(@TempDir Path dir) {
        DataFolder folder = DataFolder.at(dir.resolve("home"));
        assertTrue(Files.isDirectory(folder.backups()));
        assertTrue(Files.isDirectory(folder.logs()));
        assertTrue(Files.isDirectory(folder.samples()));
        assertEquals(folder.root().resolve("settings.properties"), folder.settingsFile());
    }

    @Test
    void settingsRememberLanguageAndRecentPlansNewestFirst(@TempDir Path dir) throws Exception {
        DataFolder folder = DataFolder.at(dir);
        Path a = Files.createFile(dir.resolve("a.mviplan"));
        Path b = Files.createFile(dir.resolve("b.mviplan"));
        AppSettings settings = AppSettings.load(folder);
        settings.addRecentPlan(a);
        settings.addRecentPlan(b);
        settings.addRecentPlan(a);
        settings.setLanguage(java.util.Locale.ENGLISH);
        AppSettings reloaded = AppSettings.load(folder);
        assertEquals(java.util.List.of(a, b), reloaded.recentPlans());
        assertEquals("en", reloaded.language().getLanguage());
        Files.delete(b);
        assertEquals(java.util.List.of(a), AppSettings.load(folder).recentPlans());
    }
}
