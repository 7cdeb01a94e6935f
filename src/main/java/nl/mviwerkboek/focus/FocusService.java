package nl.mviwerkboek.focus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/** The focus of an open plan: focus themes, goals and progress entries; every change saved at once. */
public final class FocusService {

    private final PlanDatabase db;
    private final FocusStorage focus = new FocusStorage();
    private final GoalStorage goals = new GoalStorage();
    private final ProgressStorage progress = new ProgressStorage();

    /** A service for one open plan. */
    public FocusService(PlanDatabase db) {
        this.db = db;
    }

    /** Everything the chapter shows, in one read. */
    public CompletableFuture<FocusPicture> picture() {
        return db.read(FocusService::read);
    }

    /** Reads the chapter's picture on a connection (also used by the sample plan and the summary). */
    public static FocusPicture read(Connection c) throws SQLException {
        return new FocusPicture(new FocusStorage().list(c), new ProductGroupStorage().list(c),
                new StakeholderStorage().list(c), new GoalStorage().list(c), new ProgressStorage().byGoal(c));
    }

    /** Saves a theme's focus (chosen, ambition, rationale, product groups). */
    public CompletableFuture<FocusPicture> saveFocus(FocusTheme f) {
        return db.change(c -> focus.save(c, f), FocusService::read);
    }

    /** Adds a goal. */
    public CompletableFuture<FocusPicture> addGoal(Goal g) {
        return db.change(c -> goals.insert(c, g), FocusService::read);
    }

    /** Saves changes to a goal. */
    public CompletableFuture<FocusPicture> updateGoal(Goal g) {
        return db.change(c -> goals.update(c, g), FocusService::read);
    }

    /** Removes a goal with its progress entries. */
    public CompletableFuture<FocusPicture> deleteGoal(Goal g) {
        return db.change(c -> goals.delete(c, g.id()), FocusService::read);
    }

    /** Adds a progress entry to a goal. */
    public CompletableFuture<FocusPicture> addProgress(ProgressEntry e) {
        return db.change(c -> progress.insert(c, e), FocusService::read);
    }

    /** Removes a progress entry. */
    public CompletableFuture<FocusPicture> deleteProgress(ProgressEntry e) {
        return db.change(c -> progress.delete(c, e.id()), FocusService::read);
    }
}
