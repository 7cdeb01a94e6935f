package nl.mviwerkboek.shared.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The user's settings (language, zoom, recently opened plans, main window, last folders), kept in the data folder. */
public final class AppSettings {

    /** How many recent plans the File menu lists. */
    public static final int MAX_RECENT = 8;
    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings of a data folder; a missing or unreadable file gives the defaults. */
    public static AppSettings load(DataFolder folder) {
        AppSettings settings = new AppSettings(folder.settingsFile());
        if (Files.exists(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Settings unreadable, using defaults: " + settings.file, e);
            }
        }
        return settings;
    }

    /** The chosen language: Dutch unless English was chosen. */
    public Locale language() {
        return "en".equals(values.getProperty("language")) ? Locale.ENGLISH : Locale.of("nl", "NL");
    }

    /** Chooses the language and saves. */
    public void setLanguage(Locale locale) {
        values.setProperty("language", locale.getLanguage());
        save();
    }

    /** Recently opened plans, newest first, only those that still exist. */
    public List<Path> recentPlans() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null) { // a name this locale cannot represent (LANG=C) is skipped, not a failed start
                nl.mviwerkboek.shared.i18n.UnreadableNames.path(value).filter(Files::exists).ifPresent(result::add);
            }
        }
        return result;
    }

    /** Puts a plan at the top of the recent list and saves. */
    public void addRecentPlan(Path plan) {
        List<Path> recent = new ArrayList<>(recentPlans());
        Path normalized = plan.toAbsolutePath().normalize();
        recent.remove(normalized);
        recent.add(0, normalized);
        values.stringPropertyNames().stream().filter(k -> k.startsWith("recent.")).toList().forEach(values::remove);
        for (int i = 0; i < Math.min(MAX_RECENT, recent.size()); i++) {
            values.setProperty("recent." + i, recent.get(i).toString());
        }
        save();
    }

    /** Where the main window was left, if it was ever closed. */
    public java.util.Optional<WindowBounds> mainWindow() {
        return WindowBounds.parse(values.getProperty("window.main"));
    }

    /** Remembers where the main window was left and saves. */
    public void setMainWindow(WindowBounds bounds) {
        values.setProperty("window.main", bounds.text());
        save();
    }

    /** The zoom of the UI in percent (ADR 0032); 100 when never changed or unreadable. */
    public int zoom() {
        try {
            return Integer.parseInt(values.getProperty("zoom", "100").trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Remembers the zoom of the UI and saves. */
    public void setZoom(int percent) {
        values.setProperty("zoom", String.valueOf(percent));
        save();
    }

    /** The folder last used to choose a file of {@code kind} (plan, import, export), if it still exists. */
    public java.util.Optional<Path> lastFolder(String kind) {
        return java.util.Optional.ofNullable(values.getProperty("folder." + kind))
                .flatMap(nl.mviwerkboek.shared.i18n.UnreadableNames::path).filter(Files::isDirectory);
    }

    /** Remembers the folder of a file of {@code kind} just chosen, and saves. */
    public void setLastFolder(String kind, Path folder) {
        values.setProperty("folder." + kind, folder.toAbsolutePath().normalize().toString());
        save();
    }

    private void save() {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "MVI Werkboek");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }
}
