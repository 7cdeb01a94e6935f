package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.exchange.OfficeFiles;
import nl.mviwerkboek.shared.db.PlanLeftovers;
import nl.mviwerkboek.shared.db.PlanLock;
import nl.mviwerkboek.shared.db.SqliteLibrary;
import nl.mviwerkboek.shared.settings.AppSettings;
import nl.mviwerkboek.shared.settings.DataFolder;

/**
 * What every start (window or command line) does before a plan is opened: SQLite's library from the
 * data folder, the folder of file-key locks, and removing what an earlier, killed start left behind.
 */
final class StartupChores {

    private static final Logger LOG = Logger.getLogger(StartupChores.class.getName());

    private StartupChores() {
    }

    /** Prepares SQLite and the locks at once and cleans leftovers on a background thread. */
    static void run(DataFolder folder) {
        SqliteLibrary.useFrom(folder.temp());
        PlanLock.keepKeysIn(folder.locks());
        Thread cleaner = new Thread(() -> removeLeftovers(folder), "mvi-leftovers");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    /**
     * Removes stale hidden export files ({@code .NAME.<n>.part}) and create files ({@code .NAME.<n>.nieuw})
     * in the folders the app writes to: beside recent plans, and in the data folder; returns how many.
     */
    static int removeLeftovers(DataFolder folder) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folder.root());
        folders.add(folder.samples());
        try {
            for (Path plan : AppSettings.load(folder).recentPlans()) {
                if (plan.getParent() != null) {
                    folders.add(plan.getParent());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Recent plans not readable for the clean-up", e);
        }
        int removed = 0;
        for (Path dir : folders) {
            removed += OfficeFiles.removeStaleParts(dir, Instant.now()) + PlanLeftovers.removeFrom(dir);
        }
        return removed;
    }
}
