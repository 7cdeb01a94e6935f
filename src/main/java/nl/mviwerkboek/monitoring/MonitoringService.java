package nl.mviwerkboek.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import nl.mviwerkboek.actions.ActionService;
import nl.mviwerkboek.actions.ActionsPicture;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.EffectStorage;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.db.PlanSnapshots;

/** Monitoring of an open plan: reviews, goal status, yearly versions and their comparison; every change saved at once. */
public final class MonitoringService {

    private final PlanDatabase db;
    private final Supplier<LocalDate> today;
    private final ReviewStorage reviews = new ReviewStorage();
    private final VersionStorage versions = new VersionStorage();

    /** A service for one open plan; versions are dated {@code today}. */
    public MonitoringService(PlanDatabase db, Supplier<LocalDate> today) {
        this.db = db;
        this.today = today;
    }

    /** Everything the chapter shows, in one read. */
    public CompletableFuture<MonitoringPicture> picture() {
        return db.read(this::read);
    }

    private MonitoringPicture read(Connection c) throws SQLException {
        return read(c, today.get());
    }

    /** Reads the chapter's picture on a connection (also used by the summary). */
    public static MonitoringPicture read(Connection c, LocalDate day) throws SQLException {
        ActionsPicture actions = ActionService.read(c, day);
        List<GoalStatus> goals = actions.goals().stream()
                .map(g -> GoalStatus.of(g, actions.focus().progressOf(g.id()))).toList();
        return new MonitoringPicture(new ReviewStorage().list(c), new VersionStorage().list(c), actions, goals,
                new EffectStorage().list(c, null), day);
    }

    /** Adds a review (id 0) or saves changes to one. */
    public CompletableFuture<MonitoringPicture> saveReview(Review r) {
        return db.change(c -> {
            if (r.id() == 0) {
                reviews.insert(c, r);
            } else {
                reviews.update(c, r);
            }
        }, this::read);
    }

    /** Removes a review. */
    public CompletableFuture<MonitoringPicture> deleteReview(Review r) {
        return db.change(c -> reviews.delete(c, r.id()), this::read);
    }

    /** Keeps a read-only copy of the whole plan as it is now under {@code label}. */
    public CompletableFuture<MonitoringPicture> takeVersion(String label, String note) {
        return db.change(c -> versions.take(c, label.strip(), today.get(), note.strip()), this::read);
    }

    /** Adds an effect of a tender or contract. */
    public CompletableFuture<MonitoringPicture> addEffect(Effect e) {
        return db.change(c -> new EffectStorage().insert(c, e), this::read);
    }

    /** Removes an effect. */
    public CompletableFuture<MonitoringPicture> deleteEffect(Effect e) {
        return db.change(c -> new EffectStorage().delete(c, e), this::read);
    }

    /** Removes a yearly version. */
    public CompletableFuture<MonitoringPicture> deleteVersion(PlanVersion v) {
        return db.change(c -> versions.delete(c, v.id()), this::read);
    }

    /** What changed from one version to another; a null id stands for the plan as it is now. */
    public CompletableFuture<List<Difference>> compare(Long fromId, Long toId) {
        return db.read(c -> compare(c, fromId, toId));
    }

    /** The comparison on {@code c} (also used by the progress report). */
    public static List<Difference> compare(Connection c, Long fromId, Long toId) throws SQLException {
        return VersionComparison.compare(state(c, fromId), state(c, toId));
    }

    private static PlanState state(Connection c, Long versionId) throws SQLException {
        return versionId == null ? PlanState.read(c)
                : PlanSnapshots.read(new VersionStorage().snapshot(c, versionId), PlanState::read);
    }
}
