package nl.mviwerkboek.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** Lists, adds, renames, archives and reorders a plan's themes; each change is saved at once. */
public final class ThemeService {

    private final PlanDatabase db;
    private final ThemeStorage storage = new ThemeStorage();

    /** A service for one open plan. */
    public ThemeService(PlanDatabase db) {
        this.db = db;
    }

    /** All themes in their order, archived ones included. */
    public CompletableFuture<List<Theme>> list() {
        return db.read(storage::list);
    }

    /** Adds a theme at the end; the result is the new list. */
    public CompletableFuture<List<Theme>> add(String name) {
        return db.change(c -> storage.insert(c, name.strip()), storage::list);
    }

    /** Renames a theme; the result is the new list. */
    public CompletableFuture<List<Theme>> rename(Theme theme, String name) {
        return db.change(c -> storage.rename(c, theme.id(), name.strip()), storage::list);
    }

    /** Archives or restores a theme; the result is the new list. */
    public CompletableFuture<List<Theme>> setArchived(Theme theme, boolean archived) {
        return db.change(c -> storage.setArchived(c, theme.id(), archived), storage::list);
    }

    /** Moves a theme one place up ({@code -1}) or down ({@code +1}); the result is the new list. */
    public CompletableFuture<List<Theme>> move(Theme theme, int step) {
        return db.change(c -> storage.move(c, theme.id(), step), storage::list);
    }
}
