package nl.mviwerkboek.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.shared.db.PlanDatabase;

/** Loads and saves a plan's organisation profile and lists its themes, on the database thread. */
public final class ProfileService {

    private final PlanDatabase db;
    private final ProfileStorage profiles = new ProfileStorage();
    private final ThemeStorage themes = new ThemeStorage();

    /** A service for one open plan. */
    public ProfileService(PlanDatabase db) {
        this.db = db;
    }

    /** The current profile. */
    public CompletableFuture<PlanProfile> load() {
        return db.read(profiles::load);
    }

    /** Saves the profile at once. */
    public CompletableFuture<Void> save(PlanProfile profile) {
        return db.write(c -> {
            profiles.update(c, profile);
            return null;
        });
    }

    /** The plan's themes in order. */
    public CompletableFuture<List<Theme>> themes() {
        return db.read(themes::list);
    }
}
